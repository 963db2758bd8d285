import { describe, expect, it } from 'vitest'
import { correctionAnchor } from '../../../../src/data/corrections'
import { feedEntries } from '../../../../src/data/feed'
import { route } from '../../../../src/pages/whats-new/route'
import { whatsNewModel } from '../../../../src/pages/whats-new/whatsNewModel'
import { makeFixture } from '../../../fixtures/dataset'
import { fixtureContext } from '../routeContext'

function withCorrection() {
  const d = makeFixture()
  d.changelog.push({
    version: '0.0.2',
    date: '2026-02-01',
    changes: [
      { kind: 'addition', text: 'Sources added.' },
      { kind: 'correction', text: 'Corrected: a date.' },
    ],
  })
  return d
}

describe(whatsNewModel, () => {
  const m = whatsNewModel(feedEntries(withCorrection()))

  it('lists each correction with its release, and marks it among the release notes', () => {
    const anchor = correctionAnchor('0.0.2', 'Corrected: a date.')
    expect(m.corrections).toEqual([{ anchor, date: '2026-02-01', version: '0.0.2', text: 'Corrected: a date.' }])
    expect(m.releases.map((r) => r.version)).toEqual(['0.0.2', '0.0.1'])
    expect(m.releases[0]!.changes).toEqual([
      { kind: 'addition', text: 'Sources added.', correction: null },
      { kind: 'correction', text: 'Corrected: a date.', correction: anchor },
    ])
  })

  it('groups status changes and new deals by month, newest first', () => {
    expect(m.months.map((mo) => [mo.label, mo.entries.map((e) => e.key)])).toEqual([
      ['December 2025', ['status/drc-rwanda/2025-12-10/1', 'deal/deal-dec']],
      ['June 2025', ['deal/deal-june']],
    ])
  })

  it('sends the page the entries without the words only the feeds carry', () => {
    const { entries } = route.data(fixtureContext(withCorrection()), {})!.extra as {
      entries: Array<{ detail?: string }>
    }
    expect(entries.some((e) => e.detail !== undefined)).toBe(false)
  })
})
