import { describe, expect, it } from 'vitest'
import { parseCsv, toCsv } from '../../../src/lib/csv'
import { formatDate, formatShare } from '../../../src/lib/format'
import { closestMatches, editDistance } from '../../../src/lib/similar'
import { pickMany, pickNumber, pickOne } from '../../../src/lib/urlState'

describe(formatDate, () => {
  it('formatDate(date, precision) respects the precision of the date', () => {
    expect(formatDate('2025-12-04')).toBe('4 December 2025')
    expect(formatDate('2025-02-01', 'month')).toBe('February 2025')
    expect(formatDate('2025-02')).toBe('February 2025')
    expect(formatDate('2025')).toBe('2025')
    expect(formatDate('2025-12-04', 'day', true)).toBe('4 Dec 2025')
  })
  it('formatShare(share) shows more digits for small shares and a dash for none', () => {
    expect(formatShare(50)).toBe('50%')
    expect(formatShare(4.52)).toBe('4.5%')
    expect(formatShare(0.123)).toBe('0.12%')
    expect(formatShare(null)).toBe('—')
  })
})

describe(toCsv, () => {
  it('toCsv(...) round-trips quotes, commas, newlines and empty cells through parseCsv', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"', 'multi\nline', null, 3.5, true],
      [' leading space', '', 'é ü ğ', 'x', 'y', 0, false],
    ]
    const back = parseCsv(toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], rows))
    expect(back[0]).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
    expect(back.slice(1)).toEqual(rows.map((r) => r.map((c) => (c === null ? '' : String(c)))))
  })
})

describe(closestMatches, () => {
  const items = [
    { id: 'drc-rwanda', name: 'DRC–Rwanda' },
    { id: 'russia-ukraine', name: 'Russia–Ukraine' },
    { id: 'israel-iran', name: 'Israel–Iran' },
  ]
  it('closestMatches(query, items) suggests the conflict a typo meant', () => {
    expect(closestMatches('drc-rwnda', items, (c) => [c.id, c.name])[0]?.id).toBe('drc-rwanda')
    expect(closestMatches('ukraine', items, (c) => [c.id, c.name])[0]?.id).toBe('russia-ukraine')
  })
  it('closestMatches(query, items) suggests nothing for nonsense', () => {
    expect(closestMatches('zzzzzzzz', items, (c) => [c.id, c.name])).toEqual([])
  })
  it('editDistance(a, b) counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })
})

describe('urlState helpers', () => {
  const sp = new URLSearchParams('a=x&a=b&n=12&n=3&m=1e999')
  it('pickOne(sp, key, allowed, fallback) takes the first allowed value', () => {
    expect(pickOne(sp, 'a', ['b', 'c'], 'c')).toBe('b')
    expect(pickOne(sp, 'zz', ['b'], null)).toBeNull()
  })
  it('pickMany(sp, key, allowed) keeps only allowed values', () => {
    expect(pickMany(sp, 'a', ['b', 'x', 'q'])).toEqual(['b', 'x'])
  })
  it('pickNumber(sp, key, min, max) refuses out-of-range and non-finite numbers', () => {
    expect(pickNumber(sp, 'n', 0, 20)).toBe(12)
    expect(pickNumber(sp, 'n', 0, 5)).toBeNull()
    expect(pickNumber(sp, 'm', 0, Infinity)).toBeNull()
  })
})
