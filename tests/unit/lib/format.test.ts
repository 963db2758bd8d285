import { describe, expect, it } from 'vitest'
import { formatDate, formatShare } from '../../../src/lib/format'

describe(formatDate, () => {
  it('formatDate(date, precision) respects the precision of the date', () => {
    expect(formatDate('2025-12-04')).toBe('4 December 2025')
    expect(formatDate('2025-02-01', 'month')).toBe('February 2025')
    expect(formatDate('2025-02')).toBe('February 2025')
    expect(formatDate('2025')).toBe('2025')
    expect(formatDate('2025-12-04', 'day', true)).toBe('4 Dec 2025')
  })
})

describe(formatShare, () => {
  it('formatShare(share) shows more digits for small shares and a dash for none', () => {
    expect(formatShare(50)).toBe('50%')
    expect(formatShare(4.52)).toBe('4.5%')
    expect(formatShare(0.123)).toBe('0.12%')
    expect(formatShare(null)).toBe('—')
  })
})
