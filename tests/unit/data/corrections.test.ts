import { describe, expect, it } from 'vitest'
import { changeLine, correctionAnchor, isCorrection, releaseAnchor } from '../../../src/data/corrections'

describe(isCorrection, () => {
  it('knows a correction by its kind, whatever its words', () => {
    expect(isCorrection({ kind: 'correction', text: 'The Standard gives 5 December.' })).toBe(true)
    expect(isCorrection({ kind: 'addition', text: 'New records for Gaza.' })).toBe(false)
  })
})

describe(changeLine, () => {
  it('labels a correction as one, once', () => {
    expect(changeLine({ kind: 'correction', text: 'Corrected: the date is 4 December.' })).toBe(
      'Correction: the date is 4 December.',
    )
    expect(changeLine({ kind: 'correction', text: 'The Standard gives 5 December.' })).toBe(
      'Correction: The Standard gives 5 December.',
    )
    expect(changeLine({ kind: 'update', text: 'Summaries rewritten.' })).toBe('Summaries rewritten.')
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
