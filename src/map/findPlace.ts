/**
 * "Find a country": what a typed name means. A region preset ("Africa"), one
 * country, a choice between several ("Congo" is two countries), or nothing. Pure.
 */
import { REGION_PRESETS } from './regionPresets'

export type Found =
  | { kind: 'region'; id: string }
  | { kind: 'country'; iso3: string }
  | { kind: 'choices'; options: Array<{ iso3: string; name: string }> }
  | { kind: 'none' }

/** Common names the short country names of the map do not spell out. */
const ALIASES: Record<string, string> = {
  drc: 'COD',
  'democratic republic of the congo': 'COD',
  'dr congo': 'COD',
  'republic of the congo': 'COG',
  'congo brazzaville': 'COG',
  usa: 'USA',
  us: 'USA',
  'united states': 'USA',
  uk: 'GBR',
  uae: 'ARE',
}

/** Lower case, no accents, apostrophes or other punctuation, single spaces. */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

export function findPlace(query: string, countries: ReadonlyArray<{ iso3: string; name: string }>): Found {
  const q = fold(query)
  if (!q) return { kind: 'none' }
  const preset = REGION_PRESETS.find((p) => fold(p.name) === q || p.id.replace(/-/g, ' ') === q)
  if (preset) return { kind: 'region', id: preset.id }
  const alias = ALIASES[q]
  if (alias && countries.some((c) => c.iso3 === alias)) return { kind: 'country', iso3: alias }
  const byCode = countries.find((c) => c.iso3.toLowerCase() === q)
  if (byCode) return { kind: 'country', iso3: byCode.iso3 }
  // A name matches when each typed word begins one of its words ("dem congo", "congo").
  const words = q.split(' ')
  const matches = countries.filter((c) => {
    const own = fold(c.name).split(' ')
    return words.every((w) => own.some((o) => o.startsWith(w)))
  })
  if (matches.length === 1) return { kind: 'country', iso3: matches[0]!.iso3 }
  if (matches.length === 0) return { kind: 'none' }
  const exact = matches.filter((c) => fold(c.name) === q)
  // An exact name that no other name shares a word with is meant ("Niger" is not "Nigeria").
  if (exact.length === 1 && !matches.some((c) => c !== exact[0] && fold(c.name).split(' ').includes(q)))
    return { kind: 'country', iso3: exact[0]!.iso3 }
  return {
    kind: 'choices',
    options: [...matches].sort((a, b) => Number(fold(b.name) === q) - Number(fold(a.name) === q)).slice(0, 8),
  }
}
