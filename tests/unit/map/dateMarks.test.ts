import { describe, expect, it } from 'vitest'
import type { Conflict } from '../../../src/data/schema'
import {
  changePhrase,
  changesPassed,
  changeTicks,
  monthBefore,
  passageSentence,
  ringChanged,
  statusChanges,
} from '../../../src/map/dateMarks'
import { monthSteps } from '../../../src/map/mapDate'
import { makeFixture } from '../../fixtures/dataset'

const d = makeFixture()
// A month-precise first entry, a repeated status (no change) and two changes.
const border: Conflict = {
  ...d.conflicts[0]!,
  id: 'border',
  shortName: 'Border',
  statusHistory: [
    { date: '2025-07', status: 'active-conflict', label: 'Fighting', sources: ['src-a'], verification: 'verified' },
    { date: '2025-07-28', status: 'ceasefire', label: 'Ceasefire', sources: ['src-a'], verification: 'verified' },
    { date: '2025-08-20', status: 'ceasefire', label: 'Talks', sources: ['src-a'], verification: 'verified' },
    { date: '2025-12-08', status: 'active-conflict', label: 'Again', sources: ['src-a'], verification: 'verified' },
  ],
}
const conflicts = [...d.conflicts, border]
const changes = statusChanges(conflicts)
const latest = '2025-12-10'

describe(statusChanges, () => {
  it('lists each entry whose status differs from the one before, the first of each history included, oldest first', () => {
    expect(changes.map((c) => [c.conflict, c.date, c.from, c.to])).toEqual([
      ['kosovo-serbia', '2020-09-04', null, 'no-armed-conflict'],
      ['drc-rwanda', '2025-06-27', null, 'ceasefire'],
      ['border', '2025-07', null, 'active-conflict'],
      ['border', '2025-07-28', 'active-conflict', 'ceasefire'],
      ['border', '2025-12-08', 'ceasefire', 'active-conflict'],
      ['drc-rwanda', '2025-12-10', 'ceasefire', 'active-conflict'],
    ])
  })
})

describe(changesPassed, () => {
  it('a month step forward passes the changes dated after the earlier day, up to the later', () => {
    const p = changesPassed(changes, '2025-07-01', '2025-08-01', latest)
    expect(p?.direction).toBe('forward')
    expect(p?.changes.map((c) => c.date)).toEqual(['2025-07-28'])
    // A month-precise entry counts from the month's first day, as the map shades it.
    expect(changesPassed(changes, '2025-06-01', '2025-07-01', latest)?.changes.map((c) => c.date)).toEqual([
      '2025-06-27',
      '2025-07',
    ])
  })

  it('going back passes the same changes the other way; the latest is null; not moving passes none', () => {
    const p = changesPassed(changes, '2025-08-01', '2025-07-01', latest)
    expect(p).toMatchObject({ direction: 'back', since: '2025-07-01' })
    expect(p?.changes.map((c) => c.date)).toEqual(['2025-07-28'])
    expect(changesPassed(changes, '2025-12-01', null, latest)?.changes.map((c) => c.date)).toEqual([
      '2025-12-08',
      '2025-12-10',
    ])
    expect(changesPassed(changes, '2025-07-01', '2025-07-01', latest)).toBeNull()
    expect(changesPassed(changes, '2025-09-01', '2025-10-01', latest)?.changes).toEqual([])
  })
})

describe(changeTicks, () => {
  it('puts each change on the first step that shows it, one tick per step, earlier ones on the first', () => {
    const steps = monthSteps({ start: '2025-06-01', latest })
    const ticks = changeTicks(changes, steps, latest)
    const at = (t: { step: number }) => steps[t.step] ?? 'latest'
    expect(ticks.map((t) => [at(t), t.changes.map((c) => c.date)])).toEqual([
      ['2025-06-01', ['2020-09-04']],
      ['2025-07-01', ['2025-06-27', '2025-07']],
      ['2025-08-01', ['2025-07-28']],
      ['latest', ['2025-12-08', '2025-12-10']],
    ])
  })
})

describe(monthBefore, () => {
  it('gives the same day a month before, across a year, never a day the month lacks', () => {
    expect(monthBefore('2025-08-15')).toBe('2025-07-15')
    expect(monthBefore('2025-01-10')).toBe('2024-12-10')
    expect(monthBefore('2025-03-31')).toBe('2025-02-28')
  })
})

describe(passageSentence, () => {
  it('says each change as the map now shows it, forward and back', () => {
    const ceasefire = changes[3]!
    expect(changePhrase(ceasefire, 'forward')).toBe('ceasefire from 28 July 2025')
    expect(changePhrase(ceasefire, 'back')).toBe('fighting until 28 July 2025')
    expect(changePhrase(changes[2]!, 'forward')).toBe('on the map from July 2025, fighting')
    expect(passageSentence(changesPassed(changes, '2025-07-01', '2025-08-01', latest))).toBe(
      'Status changes since 1 July 2025: Border: ceasefire from 28 July 2025.',
    )
    expect(passageSentence(changesPassed(changes, '2025-08-01', '2025-07-01', latest))).toBe(
      'Back before a status change: Border: fighting until 28 July 2025.',
    )
  })

  it('names each conflict once, its changes in the order passed', () => {
    expect(passageSentence(changesPassed(changes, '2025-07-01', '2025-06-01', latest))).toBe(
      'Back before status changes: Border: off the map before July 2025; DRC–Rwanda: off the map before 27 June 2025.',
    )
    expect(passageSentence(changesPassed(changes, '2025-06-30', '2025-08-01', latest))).toBe(
      'Status changes since 30 June 2025: Border: on the map from July 2025, fighting, then ceasefire from 28 July 2025.',
    )
  })

  it('names at most `max` conflicts and counts the rest; says nothing when none was passed', () => {
    const s = passageSentence(changesPassed(changes, '2020-01-01', null, latest), 2)
    expect(s).toMatch(/^Status changes since 1 January 2020: Kosovo–Serbia: .*; DRC–Rwanda: .*; and 1 more conflict\.$/)
    expect(passageSentence(changesPassed(changes, '2025-09-01', '2025-10-01', latest))).toBe('')
    expect(passageSentence(null)).toBe('')
  })
})

describe(ringChanged, () => {
  it('rings the markers of the conflicts that changed, with a key unique to the move', () => {
    const markers: Array<{ id: string; changed?: string }> = [{ id: 'border' }, { id: 'drc-rwanda' }]
    const ringed = ringChanged(markers, changesPassed(changes, '2025-07-01', '2025-08-01', latest))
    expect(ringed.map((m) => m.changed)).toEqual(['forward:2025-07-01:1', undefined])
    expect(ringChanged(markers, null)).toBe(markers)
  })
})
