import { describe, expect, it } from 'vitest'
import { conflictDeals } from '../../../src/map/conflictDeals'
import { makeIndex } from '../../../src/data/selectors'
import { clampDate, dateRange, latestDealOn, monthSteps, statusOn, stepOf } from '../../../src/map/mapDate'
import { filterConflicts, partyStatusByCountry } from '../../../src/map/mapModel'
import { DEFAULT_MAP_VIEW } from '../../../src/map/mapParams'
import { makeFixture } from '../../fixtures/dataset'

const ix = makeIndex(makeFixture())
const deals = conflictDeals(ix)
const drc = ix.conflicts.get('drc-rwanda')!

// The fixture: DRC–Rwanda in ceasefire from 27 June 2025, fighting again from 10 December 2025, the December accords
// signed on 4 December 2025; Kosovo–Serbia followed from 4 September 2020.
describe('the map on a date', () => {
  it('statusOn(c, date) gives the status then, the latest for null, and none before the first entry', () => {
    expect(statusOn(drc, '2025-07-01')?.status).toBe('ceasefire')
    expect(statusOn(drc, null)?.status).toBe('active-conflict')
    expect(statusOn(drc, '2025-01-01')).toBeNull()
  })

  it('shows only the conflicts followed by then, each party shaded by its status then', () => {
    const early = filterConflicts(ix, { ...DEFAULT_MAP_VIEW, date: '2021-01-01' }, deals)
    expect(early.map((c) => c.id)).toEqual(['kosovo-serbia'])
    expect(partyStatusByCountry(ix, ix.data.conflicts, '2025-07-01').get('COD')).toBe('ceasefire')
    expect(partyStatusByCountry(ix, ix.data.conflicts, null).get('COD')).toBe('active-conflict')
  })

  it('latestDealOn(ix, id, date) shows only the deals signed by then', () => {
    expect(latestDealOn(ix, 'drc-rwanda', '2025-12-03')?.id).not.toBe('deal-dec')
    expect(latestDealOn(ix, 'drc-rwanda', '2025-12-04')?.id).toBe('deal-dec')
    expect(latestDealOn(ix, 'drc-rwanda', null)?.id).toBe('deal-dec')
  })

  it('clamps a day outside the data to its first day or to the latest, and says which', () => {
    const range = dateRange(ix.data.conflicts)
    expect(range).toEqual({ start: '2020-09-04', latest: '2025-12-10' })
    expect(clampDate('2019-01-01', range)).toEqual({ date: '2020-09-04', clamped: 'before' })
    expect(clampDate('2030-01-01', range)).toEqual({ date: null, clamped: 'after' })
    expect(clampDate('2025-12-10', range)).toEqual({ date: null, clamped: null })
    expect(clampDate('2025-07-01', range)).toEqual({ date: '2025-07-01', clamped: null })
  })

  it('steps month by month to the latest, and finds the step of any day', () => {
    const steps = monthSteps({ start: '2025-06-15', latest: '2025-09-10' })
    expect(steps).toEqual(['2025-07-01', '2025-08-01', '2025-09-01', null])
    expect(stepOf(steps, '2025-08-15')).toBe(1)
    expect(stepOf(steps, '2025-06-20')).toBe(0)
    expect(stepOf(steps, null)).toBe(3)
  })
})
