import { describe, expect, it } from 'vitest'
import { csvParse } from 'd3-dsv'
import { makeIndex } from '../../../../src/data/selectors'
import type { Dataset } from '../../../../src/data/schema'
import { scorecardModel, scorecardRow } from '../../../../src/pages/scorecard/scorecardModel'
import { scorecardCsv } from '../../../../src/pages/scorecard/scorecardCsv'
import { route } from '../../../../src/pages/scorecard/route'
import { makeFixture } from '../../../fixtures/dataset'
import { fixtureContext } from '../routeContext'

/** The fixture with the DRC–Rwanda claim dated, and the December accords signed by both sides. */
function dated(): Dataset {
  const d = makeFixture()
  d.sources[0]!.date = '2025-12-01'
  const drc = d.conflicts[0]!
  drc.whiteHouseClaim = { ...drc.whiteHouseClaim, since: '2025-12-01' }
  const dec = d.agreements[0]!
  dec.signatories = [{ party: 'drc' }, { party: 'm23-afc' }]
  dec.traded = [{ party: 'united-states', gets: ['Access to cobalt'] }]
  dec.statusHistory.push({
    date: '2025-12-15',
    status: 'violated',
    label: 'Violated',
    sources: ['src-b'],
    verification: 'verified',
  })
  return d
}

describe('scorecardRow', () => {
  it('sets the status on the claim date beside the current one', () => {
    const ix = makeIndex(dated())
    const row = scorecardRow(ix, ix.conflicts.get('drc-rwanda')!)
    expect(row.claim).toEqual({ counted: true, since: '2025-12-01', sources: ['src-a'] })
    expect(row.then).toMatchObject({ status: 'ceasefire', date: '2025-06-27', deal: 'deal-june' })
    expect(row.now).toMatchObject({ status: 'active-conflict', date: '2025-12-10', label: 'Fighting resumes' })
  })

  it('counts signed deals, those signed by two sides, and what the United States gets', () => {
    const ix = makeIndex(dated())
    const row = scorecardRow(ix, ix.conflicts.get('drc-rwanda')!)
    expect(row.deals).toEqual({
      signed: 2,
      betweenParties: 1,
      unrecorded: 1,
      latest: { id: 'deal-dec', title: 'December accords', date: '2025-12-04' },
    })
    expect(row.terms.withClause.map((d) => d.id)).toEqual(['deal-dec'])
    expect(row.terms.usGets).toEqual([{ deal: 'deal-dec', title: 'December accords', gets: ['Access to cobalt'] }])
  })

  it('counts fighting and broken deals dated after the claim only', () => {
    const ix = makeIndex(dated())
    const row = scorecardRow(ix, ix.conflicts.get('drc-rwanda')!)
    expect(row.fighting.count).toBe(2)
    expect(row.fighting.latest).toMatchObject({ date: '2025-12-15', deal: 'deal-dec' })
  })

  it('gives no claim date, status then or fighting count to a claim without a date', () => {
    const ix = makeIndex(makeFixture())
    const row = scorecardRow(ix, ix.conflicts.get('drc-rwanda')!)
    expect(row.claim.since).toBeNull()
    expect(row.then).toBeNull()
    expect(row.fighting).toEqual({ count: 0, latest: null })
  })

  it('tallies the expert stances', () => {
    const ix = makeIndex(makeFixture())
    expect(scorecardRow(ix, ix.conflicts.get('drc-rwanda')!).stances).toEqual({ skeptical: 1, mixed: 0, supportive: 0 })
  })
})

describe('scorecardVerdict (through scorecardRow)', () => {
  it('says a counted war has fighting after the claim, citing the claim and the status', () => {
    const ix = makeIndex(dated())
    const v = scorecardRow(ix, ix.conflicts.get('drc-rwanda')!).verdict
    expect(v.text).toBe(
      'Counted as ended, but fighting continues as of 10 December 2025 (when claimed: ceasefire); 2 dated entries of fighting or a broken deal after the claim.',
    )
    expect(v.sources).toEqual(['src-a', 'src-b'])
  })

  it('says when there was no armed conflict to end', () => {
    const ix = makeIndex(makeFixture())
    expect(scorecardRow(ix, ix.conflicts.get('kosovo-serbia')!).verdict.text).toBe(
      'Counted as ended, but the sources record no armed conflict to end, then or since (latest entry 4 September 2020).',
    )
  })

  it('says plainly when the White House does not count it', () => {
    const d = makeFixture()
    d.conflicts[0]!.whiteHouseClaim.counted = false
    const ix = makeIndex(d)
    expect(scorecardRow(ix, ix.conflicts.get('drc-rwanda')!).verdict.text).toBe(
      'Not counted as ended by the White House; fighting continues as of 10 December 2025.',
    )
  })
})

describe('scorecard route and CSV', () => {
  it('sends the rows and only the sources they cite', () => {
    const data = route.data(fixtureContext(dated()), {})!
    expect((data.extra as { rows: unknown[] }).rows).toHaveLength(2)
    expect(Object.keys(data.slice)).toEqual(['sources'])
    expect(data.slice.sources!.map((s) => s.id)).toEqual(['src-a', 'src-b'])
  })

  it('writes one parseable CSV line per row with its page address', () => {
    const rows = scorecardModel(makeIndex(dated()))
    const parsed = csvParse(scorecardCsv(rows, (p) => `https://example.org${p}`))
    expect(parsed).toHaveLength(2)
    expect(parsed[0]).toMatchObject({
      conflict_id: 'drc-rwanda',
      page: 'https://example.org/conflicts/drc-rwanda',
      white_house_counts_as_ended: 'true',
      status_now: 'Fighting continues',
      status_now_date: '2025-12-10',
      deals_signed_between_parties: '1',
    })
  })
})
