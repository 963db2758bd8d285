import { describe, expect, it } from 'vitest'
import { wrapText } from '../../../src/lib/svgText'

describe(wrapText, () => {
  it('wrapText(text, n, lines) wraps at word boundaries', () => {
    expect(wrapText('Peace Agreement between the DRC and the Republic of Rwanda', 20, 4)).toEqual([
      'Peace Agreement',
      'between the DRC and',
      'the Republic of',
      'Rwanda',
    ])
  })
  it('wrapText(...) ends a cut text with an ellipsis, and cuts a word too long for any line', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 9, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
    const long = wrapText('Armenia–Azerbaijan–Nakhchivan–Zangezur corridor', 12, 3)
    expect(long[0]).toBe('Armenia–Aze…')
    expect(long.every((l) => l.length <= 12)).toBe(true)
  })
})
