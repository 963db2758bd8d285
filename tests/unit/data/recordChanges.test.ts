import { describe, expect, it } from 'vitest'
import { correctionAnchor } from '../../../src/data/corrections'
import { correctionsNaming, recordChanges } from '../../../src/data/recordChanges'
import type { ChangelogEntry } from '../../../src/data/schema'

const LOG: ChangelogEntry[] = [
  { version: '1.0.0', date: '2026-01-10', changes: [{ kind: 'release', text: 'First release.' }] },
  {
    version: '1.1.0',
    date: '2026-02-01',
    changes: [
      { kind: 'correction', text: 'Corrected: the TRIPP Implementation Framework is dated 13 January.' },
      { kind: 'addition', text: 'New events for Gaza.' },
      { kind: 'correction', text: 'Corrected: a quote of Tshisekedi now marks its cuts.' },
      // A correction is known by its kind, not its words.
      { kind: 'correction', text: 'Gaza: the count of violations is the media office’s, not the UN’s.' },
    ],
  },
]

describe(correctionsNaming, () => {
  it('keeps only the corrections that name the record, with their release', () => {
    expect(correctionsNaming(LOG, ['tripp-implementation-framework', 'TRIPP Implementation Framework (TIF)'])).toEqual([
      {
        version: '1.1.0',
        date: '2026-02-01',
        changes: [{ kind: 'correction', text: 'Corrected: the TRIPP Implementation Framework is dated 13 January.' }],
      },
    ])
  })

  it('ignores other changes that name it, and names too short to match safely', () => {
    expect(correctionsNaming(LOG, ['Gaza', 'a'])[0]?.changes.map((c) => c.text)).toEqual([
      'Gaza: the count of violations is the media office’s, not the UN’s.',
    ])
    expect(correctionsNaming(LOG, ['Gaz', 'a'])).toEqual([])
  })
})

describe(recordChanges, () => {
  const statuses = [
    { date: '2025-06', label: 'Talks' },
    { date: '2025-12-04', label: 'Signed' },
    { date: '2026-01-13', label: 'Published' },
    { date: '2026-02-04', label: 'Studies begin' },
  ]

  it('lists the corrections and the newest statuses, newest first, and dates the last change', () => {
    const r = recordChanges(statuses, correctionsNaming(LOG, ['TRIPP Implementation Framework']))
    expect(r.lastChanged).toBe('2026-02-04')
    expect(r.changes.map((c) => [c.date, c.kind])).toEqual([
      ['2026-02-04', 'status'],
      ['2026-02-01', 'correction'],
      ['2026-01-13', 'status'],
      ['2025-12-04', 'status'],
    ])
    expect(r.changes[1]).toMatchObject({
      text: 'the TRIPP Implementation Framework is dated 13 January.',
      version: '1.1.0',
      anchor: correctionAnchor('1.1.0', 'Corrected: the TRIPP Implementation Framework is dated 13 January.'),
    })
  })

  it('has nothing to say about a record with no history', () => {
    expect(recordChanges([], [])).toEqual({ lastChanged: null, changes: [] })
  })
})
