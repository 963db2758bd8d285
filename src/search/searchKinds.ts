/** What search finds: the kinds of documents, their labels and order, and how terms are folded. Pure. */

export type SearchKind =
  'conflict' | 'deal' | 'provision' | 'mineral' | 'expert' | 'person' | 'country' | 'place' | 'source'

export const KIND_LABEL: Record<SearchKind, string> = {
  conflict: 'Conflicts',
  deal: 'Deals and events',
  provision: 'Provisions',
  mineral: 'Minerals and resources',
  expert: 'Experts',
  person: 'Signatories and envoys',
  country: 'Countries and actors',
  place: 'Places',
  source: 'Sources',
}

export const KIND_ORDER: readonly SearchKind[] = [
  'conflict',
  'deal',
  'mineral',
  'country',
  'person',
  'expert',
  'provision',
  'place',
  'source',
]

export interface SearchDoc {
  id: string
  kind: SearchKind
  title: string
  /** Short context line under the title. */
  context: string
  /** Searched but not shown. */
  text: string
  /** What a deal trades or a conflict puts at stake (minerals, resources, kinds of terms): searched with weight. */
  trades?: string
  /** In-app path (with hash for provisions). */
  to: string
}

/** Folds case and diacritics so "Vucic" finds "Vučić" and "Erdogan" finds "Erdoğan". */
export function normaliseTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .toLowerCase()
}

/** A term as the index holds it: folded, and a plural's final s dropped ("rare earths" finds "rare-earth"). */
export function searchTerm(term: string): string {
  const t = normaliseTerm(term)
  return t.length > 4 && t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') ? t.slice(0, -1) : t
}
