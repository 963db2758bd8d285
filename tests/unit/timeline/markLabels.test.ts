import { describe, expect, it } from 'vitest'
import { fitText, markLabels } from '../../../src/timeline/markLabels'
import type { PlacedMark, TimelineItem } from '../../../src/timeline/timelineLayout'

const mark = (id: string, x: number, row = 0, lane = 'a'): PlacedMark<TimelineItem & { name: string }> => ({
  item: { id, date: '2025-01-01', lane, name: `${id} long name of the deal` },
  x,
  y: 0,
  row,
})

describe(fitText, () => {
  it('fitText(text, max, min) keeps what fits, cuts at a word, and gives up when too little fits', () => {
    expect(fitText('US–Ukraine minerals deal', 40, 10)).toBe('US–Ukraine minerals deal')
    expect(fitText('US–Ukraine minerals deal', 20, 10)).toBe('US–Ukraine minerals…')
    expect(fitText('US–Ukraine minerals deal', 6, 10)).toBeNull()
    // Never half a word.
    expect(fitText('Declaration of Principles', 11, 10)).toBeNull()
    expect(fitText('Declaration of Principles', 12, 10)).toBe('Declaration…')
  })
})

describe(markLabels, () => {
  it('markLabels(marks) labels a mark only up to the next mark of its row, never across it', () => {
    // 6 px a character: "a long name of the deal" is 23 characters, 138 px.
    const labels = markLabels([mark('a', 0), mark('b', 60), mark('c', 400), mark('d', 70, 1)], (i) => i.name, {
      right: 700,
    })
    expect(labels.has('a')).toBe(false)
    expect(labels.get('b')).toBe('b long name of the deal')
    expect(labels.get('c')).toBe('c long name of the deal')
    // On its own row, a mark close to others still has room.
    expect(labels.get('d')).toBe('d long name of the deal')
  })
  it('markLabels(marks) stops at the plot’s right edge', () => {
    expect(markLabels([mark('a', 650)], (i) => i.name, { right: 700 }).has('a')).toBe(false)
  })
})
