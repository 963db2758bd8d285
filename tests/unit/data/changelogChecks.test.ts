import { describe, expect, it } from 'vitest'
import { checkChangelog } from '../../../src/data/changelogChecks'
import { formatProblem, loadDataset } from '../../../src/data/load'
import { fixtureTexts, makeFixture } from '../../fixtures/dataset'

describe(checkChangelog, () => {
  it('refuses a line that says it corrects the data under another kind, naming the file and path', () => {
    const d = makeFixture()
    d.changelog.push({
      version: '0.0.2',
      date: '2026-02-01',
      changes: [
        { kind: 'addition', text: 'Sources added.' },
        { kind: 'update', text: 'The count is corrected here rather than by rewriting that entry.' },
        { kind: 'correction', text: 'Corrected: a date.' },
      ],
    })
    expect(loadDataset(fixtureTexts(d)).problems.map(formatProblem)).toEqual([
      'data/changelog.json: $[1].changes[1].kind: the line says it corrects earlier data: its kind must be "correction", not "update"',
    ])
  })

  it('refuses a line without a kind or with one outside the vocabulary', () => {
    const d = makeFixture() as unknown as { changelog: Array<{ changes: unknown[] }> }
    d.changelog[0]!.changes = [{ text: 'First' }, { kind: 'erratum', text: 'Second' }]
    const out = loadDataset(fixtureTexts(d as never)).problems.map(formatProblem)
    expect(out).toHaveLength(2)
    expect(out[0]).toMatch(/^data\/changelog\.json: \$\[0\]\.changes\[0\]\.kind: /)
    expect(out[1]).toMatch(/^data\/changelog\.json: \$\[0\]\.changes\[1\]\.kind: expected one of "release", /)
  })

  it('refuses a version given twice and releases out of date order', () => {
    const d = makeFixture()
    d.changelog.push({ version: '0.0.1', date: '2026-01-01', changes: [{ kind: 'addition', text: 'More.' }] })
    expect(checkChangelog(d.changelog).map(formatProblem)).toEqual([
      'data/changelog.json: $[1].version: duplicate version "0.0.1"',
      'data/changelog.json: $[1].date: releases out of date order (2026-01-31 before 2026-01-01)',
    ])
  })
})
