// @ts-expect-error Citation.js ships no type declarations.
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import { describe, expect, it } from 'vitest'
import { citationKey, cslJson, formatCitation, type CitationInput } from '../../../src/lib/citation'

const deal: CitationInput = {
  title: 'Washington Accords',
  url: 'https://mineral-peace-atlas.org/deals/washington-accords',
  kind: 'page',
  version: '1.1.0',
  released: '2026-12-01',
  checkedThrough: '2026-07-04',
  accessed: '2026-12-02',
}

/**
 * A strict reading of one BibTeX entry: `@type{key,` then `name = {value}` fields with
 * balanced braces, separated by commas, closed by `}`. Throws on anything else.
 */
function parseBibtex(text: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s{}]+),\s*/.exec(text)
  if (!head) throw new Error('no entry head')
  let i = head[0].length
  const fields: Record<string, string> = {}
  for (;;) {
    const name = /^(\w+)\s*=\s*\{/.exec(text.slice(i))
    if (!name) break
    i += name[0].length
    let depth = 1
    let value = ''
    while (depth > 0) {
      const c = text[i++]
      if (c === undefined) throw new Error(`unbalanced braces in ${name[1]}`)
      if (c === '\\') value += c + text[i++]
      else if (c === '{') {
        depth++
        value += c
      } else if (c === '}') {
        depth--
        if (depth > 0) value += c
      } else value += c
    }
    fields[name[1]!] = value
    const sep = /^\s*(,\s*)?/.exec(text.slice(i))!
    i += sep[0].length
  }
  if (!/^\}\s*$/.test(text.slice(i))) throw new Error(`unexpected text: ${text.slice(i, i + 20)}`)
  return { type: head[1]!, key: head[2]!, fields }
}

/** RIS: every line `XX  - value`, starting with TY and ending with ER. */
function parseRis(text: string): Array<[string, string]> {
  const lines = text.split('\r\n').filter((l) => l !== '')
  const tags = lines.map((l): [string, string] => {
    const m = /^([A-Z][A-Z0-9])  - (.*)$/.exec(l)
    if (!m) throw new Error(`not a RIS line: ${l}`)
    return [m[1]!, m[2]!]
  })
  if (tags[0]?.[0] !== 'TY' || tags.at(-1)?.[0] !== 'ER') throw new Error('RIS must run from TY to ER')
  return tags
}

describe(formatCitation, () => {
  it('formatCitation(deal, "bibtex") is one well-formed entry with the title, URL, version and dates', () => {
    const bib = parseBibtex(formatCitation(deal, 'bibtex'))
    expect(bib.type).toBe('misc')
    expect(bib.key).toBe(citationKey(deal))
    expect(bib.fields.title).toBe('{Washington Accords}')
    expect(bib.fields.author).toBe('{Mineral Peace Atlas}')
    expect(bib.fields.url).toBe(deal.url)
    expect(bib.fields.year).toBe('2026')
    expect(bib.fields.version).toBe('1.1.0')
    expect(bib.fields.urldate).toBe('2026-12-02')
    expect(bib.fields.note).toContain('sources checked through 4 July 2026')
  })
  it('formatCitation(..., "bibtex") escapes the characters BibTeX reads as commands', () => {
    const bib = parseBibtex(formatCitation({ ...deal, title: 'Cobalt & copper: 50% {draft}' }, 'bibtex'))
    expect(bib.fields.title).toBe('{Cobalt \\& copper: 50\\% \\{draft\\}}')
  })
  it('formatCitation(deal, "ris") runs TY…ER with the author, title, dates, URL and access date', () => {
    const ris = new Map(parseRis(formatCitation(deal, 'ris')))
    expect(ris.get('TY')).toBe('ELEC')
    expect(ris.get('AU')).toBe('Mineral Peace Atlas')
    expect(ris.get('TI')).toBe('Washington Accords')
    expect(ris.get('DA')).toBe('2026/12/01')
    expect(ris.get('Y2')).toBe('2026/12/02')
    expect(ris.get('UR')).toBe(deal.url)
    expect(parseRis(formatCitation({ ...deal, kind: 'dataset' }, 'ris'))[0]).toEqual(['TY', 'DATA'])
  })
  it('formatCitation(deal, "apa" | "chicago" | "mla") name the atlas, the title, the version and the URL', () => {
    expect(formatCitation(deal, 'apa')).toBe(
      'Mineral Peace Atlas. (2026). Washington Accords (Version 1.1.0; sources checked through July 4, 2026) [Web page]. Retrieved December 2, 2026, from https://mineral-peace-atlas.org/deals/washington-accords',
    )
    expect(formatCitation(deal, 'chicago')).toContain('“Washington Accords.” Dataset version 1.1.0')
    expect(formatCitation(deal, 'mla')).toBe(
      '“Washington Accords.” Mineral Peace Atlas, version 1.1.0, 1 Dec. 2026, mineral-peace-atlas.org/deals/washington-accords. Accessed 2 Dec. 2026.',
    )
  })
  it('formatCitation(deal, "csl") is CSL-JSON with dates as date-parts', () => {
    const [item] = JSON.parse(formatCitation(deal, 'csl')) as Array<ReturnType<typeof cslJson>>
    expect(item).toMatchObject({ type: 'webpage', title: 'Washington Accords', URL: deal.url, version: '1.1.0' })
    expect(item!.issued).toEqual({ 'date-parts': [[2026, 12, 1]] })
  })
})

// Citation.js, a maintained BibTeX and RIS parser, reads the same files.
describe('Citation.js reading the BibTeX and RIS', () => {
  it('parses each into one item with the title and the URL', () => {
    for (const format of ['bibtex', 'ris'] as const) {
      const items = new Cite(formatCitation(deal, format)).data as Array<{ title: string; URL: string }>
      expect(items, format).toHaveLength(1)
      expect(items[0], format).toMatchObject({ title: 'Washington Accords', URL: deal.url })
    }
  })
})
