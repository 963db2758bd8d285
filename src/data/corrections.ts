/**
 * How the changelog marks a correction (its `kind`), and where each is shown on the
 * "What's new" page. Pure and small: conflict and deal pages load it to link their corrections.
 */
import type { Change, ChangeKind } from './schema'

/** What each kind of changelog line is called where it is tagged. */
export const CHANGE_KIND_LABEL: Record<ChangeKind, string> = {
  release: 'Release',
  addition: 'Added',
  update: 'Updated',
  correction: 'Correction',
  format: 'Format',
}

/** A changelog line that corrects earlier data: its kind says so. */
export const isCorrection = (change: Change): boolean => change.kind === 'correction'

/** A line's words, after a "Corrected:" lead where it has one (a label says it instead). */
export const correctionText = (text: string): string => text.replace(/^corrected:\s*/i, '')

/** A changelog line as plain text, a correction labelled as one: "Correction: the date is …". */
export const changeLine = (change: Change): string =>
  isCorrection(change) ? `Correction: ${correctionText(change.text)}` : change.text

/** The element id of a release on the "What's new" page: `1.1.0` → `release-1-1-0`. */
export const releaseAnchor = (version: string): string => `release-${version.replace(/[^a-z0-9]+/gi, '-')}`

/** A short, stable fingerprint of a text (FNV-1a, 32 bits, base 36). */
function fingerprint(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h.toString(36)
}

/** The element id of a correction on the "What's new" page, from its release and its own words. */
export const correctionAnchor = (version: string, change: string): string =>
  `correction-${version.replace(/[^a-z0-9]+/gi, '-')}-${fingerprint(change)}`

