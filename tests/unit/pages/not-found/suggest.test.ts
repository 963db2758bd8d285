import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../../src/app/buildData'
import { suggestionsFor } from '../../../../src/pages/not-found/suggest'
import { fixtureContext } from '../routeContext'

const cat = catalogue(fixtureContext().ix)

describe('suggestionsFor', () => {
  it('offers the closest records of the kind asked for', () => {
    expect(suggestionsFor(cat, 'conflict', 'drc-rwnda')[0]).toEqual({
      to: '/conflicts/drc-rwanda',
      label: 'DRC–Rwanda and M23',
    })
    expect(suggestionsFor(cat, 'deal', 'december-accord').map((s) => s.to)).toContain('/deals/deal-dec')
  })

  it('offers nothing of another kind, and nothing for what matches nothing', () => {
    expect(suggestionsFor(cat, 'mineral', 'drc-rwanda')).toEqual([])
    expect(suggestionsFor(cat, 'conflict', 'zzzzzz')).toEqual([])
  })
})
