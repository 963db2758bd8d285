import { describe, expect, it } from 'vitest'
import { dealHeading, dealName } from '../../../src/data/dealHeading'
import { makeFixture } from '../../fixtures/dataset'

describe('dealHeading', () => {
  it('dealName(a) is the common name when the deal has one, else its title', () => {
    expect(dealName({ title: 'Agreement on Reserves', commonName: 'Reserves deal' })).toBe('Reserves deal')
    expect(dealName({ title: 'Agreement on Reserves' })).toBe('Agreement on Reserves')
  })

  it('dealHeading(a) names the deal and keeps its date precision and type', () => {
    const a = { ...makeFixture().agreements[0]!, commonName: 'Short', datePrecision: 'month' as const }
    expect(dealHeading(a)).toEqual({ id: a.id, name: 'Short', date: a.date, datePrecision: 'month', type: a.type })
  })
})
