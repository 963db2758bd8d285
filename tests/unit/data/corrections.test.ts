import { describe, expect, it } from 'vitest'
import { correctionAnchor, isCorrection, releaseAnchor } from '../../../src/data/corrections'

describe(isCorrection, () => {
  it('knows a correction by its own words', () => {
    expect(isCorrection('Corrected: the date is 4 December.')).toBe(true)
    expect(isCorrection('The count is corrected here rather than by rewriting that entry.')).toBe(true)
    expect(isCorrection('New records for Gaza.')).toBe(false)
  })
})

describe(correctionAnchor, () => {
  it('gives a correction a stable id of its release and words, usable in a URL', () => {
    const a = correctionAnchor('1.1.0', 'Corrected: a date.')
    expect(a).toMatch(/^correction-1-1-0-[a-z0-9]+$/)
    expect(correctionAnchor('1.1.0', 'Corrected: a date.')).toBe(a)
    expect(correctionAnchor('1.1.0', 'Corrected: another date.')).not.toBe(a)
    expect(releaseAnchor('1.1.0')).toBe('release-1-1-0')
  })
})
