/**
 * The labels a locator map tries to place, most important first (the parties'
 * names, the sites, the neighbours), and their widths as the browser draws them:
 * an estimate can fall short of the font in use, and a label placed by it near
 * the map's edge would be cut there.
 */
import type { LabelCandidate } from './labelPlacement'
import type { PlacedSite, RegionShapes } from './locator'

export function locatorCandidates(
  region: RegionShapes,
  points: ReadonlyArray<PlacedSite & { site: { id: string; name: string } }>,
  isParty: (iso3: string | null) => boolean,
  grow: number,
): LabelCandidate[] {
  const countryLabel = (c: RegionShapes['countries'][number]): LabelCandidate[] =>
    c.label
      ? [
          {
            id: `c-${c.name}`,
            text: c.name,
            x: c.label[0],
            y: c.label[1],
            // A party's name: 13 px, and never under 11 px on screen, as every label.
            size: isParty(c.iso3) ? Math.max(13, 11 * grow) : 11 * grow,
            kind: isParty(c.iso3) ? 'near' : 'centre',
            bold: isParty(c.iso3),
          },
        ]
      : []
  return [
    ...region.countries.filter((c) => isParty(c.iso3)).flatMap(countryLabel),
    ...points.map((p) => ({
      id: `s-${p.site.id}`,
      text: p.site.name,
      x: p.x,
      y: p.y,
      size: 11 * grow,
      kind: 'beside' as const,
    })),
    ...region.countries.filter((c) => !isParty(c.iso3)).flatMap(countryLabel),
  ]
}

/** The class a label is drawn with, which sets its font. */
export const labelClass = (id: string, party: boolean): string =>
  id.startsWith('s-') ? 'locator__site-label svg-halo' : `locator__label${party ? ' is-party' : ''}`

/** Each candidate's width in the map's units, measured with a hidden probe in the map's own SVG. */
export function measureLabels(svg: SVGSVGElement, candidates: readonly LabelCandidate[]): Map<string, number> {
  const probe = document.createElementNS('http://www.w3.org/2000/svg', 'text')
  probe.setAttribute('visibility', 'hidden')
  svg.append(probe)
  const out = new Map<string, number>()
  for (const c of candidates) {
    probe.setAttribute('class', labelClass(c.id, !!c.bold))
    probe.style.fontSize = `${c.size}px`
    probe.textContent = c.text
    const w = probe.getComputedTextLength()
    if (w > 0) out.set(c.id, w)
  }
  probe.remove()
  return out
}
