import { describe, expect, it } from 'vitest'
import { stanceLine } from '../../../../src/pages/compare/stanceLine'
import { makeFixture } from '../../../fixtures/dataset'

describe('stanceLine', () => {
  it('stanceLine(a) keeps who said it, their stance and where, and leaves the quote on the record pages', () => {
    const a = makeFixture().assessments[0]!
    const line = stanceLine(a)
    expect(line).toEqual({
      expert: a.expert,
      affiliation: a.affiliation,
      stance: a.stance,
      date: a.date,
      publication: a.publication,
      url: a.url,
    })
    expect(line).not.toHaveProperty('quote')
  })
})
