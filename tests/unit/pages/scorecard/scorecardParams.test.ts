import { describe, expect, it } from 'vitest'
import { makeIndex } from '../../../../src/data/selectors'
import { scorecardModel } from '../../../../src/pages/scorecard/scorecardModel'
import {
  DEFAULT_SCORECARD_VIEW,
  parseScorecardParams,
  sortedBy,
  toScorecardParams,
  viewRows,
  type ScorecardView,
} from '../../../../src/pages/scorecard/scorecardParams'
import { makeFixture } from '../../../fixtures/dataset'

const sp = (q: string) => new URLSearchParams(q)

describe(parseScorecardParams, () => {
  it('serialises the default view to an empty query', () => {
    expect(toScorecardParams(DEFAULT_SCORECARD_VIEW).toString()).toBe('')
    expect(parseScorecardParams(sp(''))).toEqual(DEFAULT_SCORECARD_VIEW)
  })

  it('round-trips a full view', () => {
    const v: ScorecardView = {
      sort: 'now',
      desc: true,
      counted: 'yes',
      status: ['active-conflict', 'ceasefire'],
      clause: true,
    }
    expect(toScorecardParams(v).toString()).toBe(
      'sort=now&dir=desc&counted=yes&status=active-conflict&status=ceasefire&clause=1',
    )
    expect(parseScorecardParams(toScorecardParams(v))).toEqual(v)
  })

  it('falls back to defaults on unknown values and ignores a direction without a sort', () => {
    expect(parseScorecardParams(sp('sort=colour&dir=desc&counted=maybe&status=war&clause=x'))).toEqual(
      DEFAULT_SCORECARD_VIEW,
    )
  })
})

describe(sortedBy, () => {
  it('sorts by a new column ascending, and reverses the current one', () => {
    const byNow = sortedBy(DEFAULT_SCORECARD_VIEW, 'now')
    expect(byNow).toMatchObject({ sort: 'now', desc: false })
    expect(sortedBy(byNow, 'now')).toMatchObject({ sort: 'now', desc: true })
  })
})

describe(viewRows, () => {
  const rows = scorecardModel(makeIndex(makeFixture()))

  it('keeps the dataset order by default and sorts by status, worst first', () => {
    expect(viewRows(rows, DEFAULT_SCORECARD_VIEW).map((r) => r.id)).toEqual(['drc-rwanda', 'kosovo-serbia'])
    const byName = viewRows(rows, { ...DEFAULT_SCORECARD_VIEW, sort: 'conflict' })
    expect(byName.map((r) => r.id)).toEqual(['drc-rwanda', 'kosovo-serbia'])
    expect(viewRows(rows, { ...DEFAULT_SCORECARD_VIEW, sort: 'conflict', desc: true }).map((r) => r.id)).toEqual([
      'kosovo-serbia',
      'drc-rwanda',
    ])
  })

  it('filters by current status and by the presence of an economic clause', () => {
    expect(viewRows(rows, { ...DEFAULT_SCORECARD_VIEW, status: ['no-armed-conflict'] }).map((r) => r.id)).toEqual([
      'kosovo-serbia',
    ])
    expect(viewRows(rows, { ...DEFAULT_SCORECARD_VIEW, clause: true }).map((r) => r.id)).toEqual(['drc-rwanda'])
    expect(viewRows(rows, { ...DEFAULT_SCORECARD_VIEW, counted: 'no' })).toEqual([])
  })
})
