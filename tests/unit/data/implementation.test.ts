import { csvParse } from 'd3-dsv'
import { describe, expect, it } from 'vitest'
import { buildExports } from '../../../src/data/exports'
import { IMPLEMENTATION_STATUSES } from '../../../src/data/vocab'
import { PROVISION_STATES, describeRollUp, historyLookup, rollUp, stateOf, withHistory } from '../../../src/data/implementation'
import type { Dataset, ImplementationEntry } from '../../../src/data/schema'
import { makeFixture } from '../../fixtures/dataset'

const entry = (date: string, status: ImplementationEntry['status']): ImplementationEntry => ({
  date,
  status,
  note: `${status} on ${date}`,
  sources: ['src-b'],
  verification: 'verified',
})

/** The fixture's December deal with three provisions: one moving, one that stalled after moving, one unknown. */
function withImplementation(): Dataset {
  const d = makeFixture()
  const deal = d.agreements[0]!
  deal.provisions.push({ n: 3, text: 'Corridor', terms: ['corridor'], sources: ['src-b'], verification: 'verified' })
  d.implementation = [
    { agreement: 'deal-dec', provision: 1, history: [entry('2026-01', 'in-progress')] },
    { agreement: 'deal-dec', provision: 2, history: [entry('2025-12-10', 'in-progress'), entry('2026-02-04', 'stalled')] },
  ]
  return d
}

describe(rollUp, () => {
  it('rollUp(deal, history) counts provisions by their latest status, and those without one as no sourced status', () => {
    expect([...PROVISION_STATES].sort()).toEqual([...IMPLEMENTATION_STATUSES, 'none'].sort())
    const d = withImplementation()
    const r = rollUp(d.agreements[0]!, historyLookup(d.implementation))
    expect(r.total).toBe(3)
    expect(r.progress).toBe(1)
    expect(r.setback).toBe(1)
    expect(r.none).toBe(1)
    expect(r.asOf).toBe('2026-02-04')
    expect(r.counts.filter((c) => c.count > 0)).toEqual([
      { state: 'in-progress', count: 1 },
      { state: 'stalled', count: 1 },
      { state: 'none', count: 1 },
    ])
    expect(r.counts.reduce((n, c) => n + c.count, 0)).toBe(r.total)
  })

  it('rollUp(deal, history) of a deal no source speaks of counts every provision as no sourced status, not as not started', () => {
    const d = makeFixture()
    const r = rollUp(d.agreements[0]!, historyLookup([]))
    expect(r).toMatchObject({ total: 2, progress: 0, setback: 0, none: 2, asOf: null })
    expect(r.counts.find((c) => c.state === 'not-started')?.count).toBe(0)
  })

  it('describeRollUp(r) says the three counts in words', () => {
    const d = withImplementation()
    expect(describeRollUp(rollUp(d.agreements[0]!, historyLookup(d.implementation)))).toBe(
      '1 of 3 provisions has sourced progress; 1 stalled, violated or reversed; 1 has no sourced status.',
    )
  })
})

describe(withHistory, () => {
  it('withHistory(deal, history) gives each provision its history, oldest first, and its latest state', () => {
    const d = withImplementation()
    const items = withHistory(d.agreements[0]!, historyLookup(d.implementation))
    expect(items.map((i) => [i.provision.n, i.state, i.history.length])).toEqual([
      [1, 'in-progress', 1],
      [2, 'stalled', 2],
      [3, 'none', 0],
    ])
    expect(stateOf([])).toBe('none')
  })
})

describe('implementation in the downloads', () => {
  const files = buildExports(withImplementation())

  it('provisions.csv gives every provision its latest sourced status, or none', () => {
    const rows = csvParse(files['data/provisions.csv']!)
    expect(rows.map((r) => [r.agreement, r.n, r.implementation_status, r.implementation_date])).toEqual([
      ['deal-dec', '1', 'in-progress', '2026-01'],
      ['deal-dec', '2', 'stalled', '2026-02-04'],
      ['deal-dec', '3', 'none', ''],
    ])
    expect(rows[1]!.implementation_history).toBe('2025-12-10 in-progress; 2026-02-04 stalled')
  })

  it('a deal’s API record lists each provision’s status and the roll-up beside the full histories', () => {
    const api = JSON.parse(files['api/deals/deal-dec.json']!)
    expect(api.provisionStatus).toEqual([
      { provision: 1, status: 'in-progress', date: '2026-01' },
      { provision: 2, status: 'stalled', date: '2026-02-04' },
      { provision: 3, status: 'none', date: null },
    ])
    expect(api.implementationRollUp).toMatchObject({ total: 3, progress: 1, setback: 1, none: 1 })
    expect(api.implementation).toHaveLength(2)
  })
})
