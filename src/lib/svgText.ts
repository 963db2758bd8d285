/** Text for hand-written SVG: escaping and a greedy word wrap by an estimated width. Pure. */

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The text cut to `maxChars` characters, the cut marked with an ellipsis. */
export const cutText = (text: string, maxChars: number): string =>
  text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`

/**
 * Greedy word wrap by an estimated character width; a cut text ends with an
 * ellipsis, and so does a word too long for a line: no line is longer than `maxChars`.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const w of words) {
    if ((line + ' ' + w).trim().length > maxChars && line) {
      lines.push(line)
      line = w
    } else line = (line + ' ' + w).trim()
  }
  if (line) lines.push(line)
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines)
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,;:.–-]+\S*$/, '')}…`
    return kept.map((l) => cutText(l, maxChars))
  }
  return lines.map((l) => cutText(l, maxChars))
}
