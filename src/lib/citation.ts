/**
 * A page or the dataset cited in the formats people paste: APA, Chicago and MLA
 * text, BibTeX, RIS and CSL-JSON. The author is the atlas itself (it names no
 * individual authors); each citation carries the dataset version, its release
 * date, how far its sources were checked, the URL and the day accessed. Pure.
 */
import { MONTHS, formatDate } from './format'

export const ATLAS_NAME = 'Mineral Peace Atlas'

export interface CitationInput {
  /** The page's title (`Washington Accords`), or the dataset's. */
  title: string
  url: string
  kind: 'page' | 'dataset'
  version: string
  /** ISO dates. */
  released: string
  checkedThrough: string
  accessed: string
}

export type CitationFormat = 'apa' | 'chicago' | 'mla' | 'bibtex' | 'ris' | 'csl'

export const CITATION_FORMATS: ReadonlyArray<{ id: CitationFormat; label: string; file?: string }> = [
  { id: 'apa', label: 'APA' },
  { id: 'chicago', label: 'Chicago' },
  { id: 'mla', label: 'MLA' },
  { id: 'bibtex', label: 'BibTeX', file: 'bib' },
  { id: 'ris', label: 'RIS', file: 'ris' },
  { id: 'csl', label: 'CSL-JSON', file: 'json' },
]

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
const parts = (iso: string): [number, number, number] => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number)
  return [y, m, d]
}
const us = (iso: string) => {
  const [y, m, d] = parts(iso)
  return `${MONTHS[m - 1]} ${d}, ${y}`
}
const mla = (iso: string) => {
  const [y, m, d] = parts(iso)
  return `${d} ${MLA_MONTHS[m - 1]} ${y}`
}
const slash = (iso: string) => iso.replace(/-/g, '/')

/** A BibTeX key: `mineralpeaceatlas2026washingtonaccords`. */
export function citationKey(c: CitationInput): string {
  const words = c.title
    .normalize('NFKD')
    .replace(/[^\w\s]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .join('')
  return `mineralpeaceatlas${parts(c.released)[0]}${words}`
}

const bibEscape = (s: string) => s.replace(/([\\{}%&$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}')

function versionNote(c: CitationInput): string {
  return `Dataset version ${c.version}, released ${formatDate(c.released)}; sources checked through ${formatDate(c.checkedThrough)}`
}

export function formatCitation(c: CitationInput, format: CitationFormat): string {
  const [year, month] = parts(c.released)
  const what = c.kind === 'dataset' ? 'Data set' : 'Web page'
  switch (format) {
    case 'apa':
      return `${ATLAS_NAME}. (${year}). ${c.title} (Version ${c.version}; sources checked through ${us(c.checkedThrough)}) [${what}]. Retrieved ${us(c.accessed)}, from ${c.url}`
    case 'chicago':
      return `${ATLAS_NAME}. “${c.title}.” ${versionNote(c)}. Accessed ${us(c.accessed)}. ${c.url}.`
    case 'mla':
      return `“${c.title}.” ${ATLAS_NAME}, version ${c.version}, ${mla(c.released)}, ${c.url.replace(/^https?:\/\//, '')}. Accessed ${mla(c.accessed)}.`
    case 'bibtex':
      return [
        `@misc{${citationKey(c)},`,
        `  author = {{${ATLAS_NAME}}},`,
        `  title = {{${bibEscape(c.title)}}},`,
        `  year = {${year}},`,
        `  month = {${month}},`,
        `  version = {${bibEscape(c.version)}},`,
        `  publisher = {${ATLAS_NAME}},`,
        `  howpublished = {\\url{${c.url}}},`,
        `  url = {${c.url}},`,
        `  urldate = {${c.accessed}},`,
        `  note = {${bibEscape(versionNote(c))}. Accessed ${c.accessed}}`,
        `}`,
        '',
      ].join('\n')
    case 'ris':
      return [
        ['TY', c.kind === 'dataset' ? 'DATA' : 'ELEC'],
        ['AU', ATLAS_NAME],
        ['TI', c.title],
        ['PY', String(year)],
        ['DA', slash(c.released)],
        ['ET', c.version],
        ['PB', ATLAS_NAME],
        ['UR', c.url],
        ['Y2', slash(c.accessed)],
        ['N1', versionNote(c)],
        ['ER', ''],
      ]
        .map(([tag, value]) => `${tag}  - ${value}`)
        .join('\r\n')
        .concat('\r\n')
    case 'csl':
      return JSON.stringify([cslJson(c)], null, 2)
  }
}

/** The CSL-JSON item (Zotero, Mendeley and pandoc read it). */
export function cslJson(c: CitationInput) {
  const date = (iso: string) => ({ 'date-parts': [parts(iso)] })
  return {
    id: citationKey(c),
    type: c.kind === 'dataset' ? 'dataset' : 'webpage',
    title: c.title,
    author: [{ literal: ATLAS_NAME }],
    publisher: ATLAS_NAME,
    'container-title': c.kind === 'page' ? ATLAS_NAME : undefined,
    version: c.version,
    issued: date(c.released),
    accessed: date(c.accessed),
    URL: c.url,
    note: versionNote(c),
  }
}
