/**
 * How the changelog marks a correction, and where each is shown on the "What's new"
 * page. Pure and small: conflict and deal pages load it to link their corrections.
 */

/** A changelog line that corrects earlier data: it says so ("Corrected: …", "… is corrected here"). */
export const isCorrection = (change: string): boolean => /\bcorrected\b/i.test(change)

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

