import { describe, expect, it } from 'vitest'
import { stanceLine } from '../../../../src/pages/compare/stanceLine'
import { makeFixture } from '../../../fixtures/dataset'

describe('stanceLine', () => {
  it('keeps who said it and their stance, and leaves the quote and its evidence to the record pages', () => {
    const line = stanceLine(makeFixture().assessments[0]!)
    expect(line).toMatchObject({ expert: 'An Expert', stance: 'skeptical' })
    expect(JSON.stringify(line)).not.toContain('Very little has changed.')
    expect(line).not.toHaveProperty('sources')
  })
})
