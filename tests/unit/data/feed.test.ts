// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/data/schema'
import { correctionAnchor } from '../../../src/data/corrections'
import { feedEntries, firstWords } from '../../../src/data/feed'
import { atomFeed, entryId, feedTime, jsonFeed } from '../../../src/data/feedFormat'
import { makeFixture } from '../../fixtures/dataset'

const SITE = { origin: 'https://example.org/atlas', updated: '2026-01-31', license: 'CC BY 4.0' }

function withChanges(): Dataset {
  const d = makeFixture()
  d.changelog = [
    { version: '0.0.1', date: '2026-01-10', changes: [{ kind: 'release', text: 'First release.' }] },
    {
      version: '0.0.2',
      date: '2026-01-31',
      changes: [
        { kind: 'addition', text: 'New sources & <notes>.' },
        { kind: 'correction', text: 'Corrected: the December accords were signed on 4 December, not 5.' },
      ],
    },
  ]
  return d
}

describe(feedEntries, () => {
  const entries = feedEntries(withChanges())

  it('lists releases, corrections, status changes and new deals, newest first', () => {
    expect(entries.map((e) => `${e.date} ${e.kind} ${e.key}`)).toEqual([
      '2026-01-31 release release/0.0.2',
      '2026-01-31 correction correction/0.0.2/2',
      '2026-01-10 release release/0.0.1',
      '2025-12-10 status status/drc-rwanda/2025-12-10/1',
      '2025-12-04 deal deal/deal-dec',
      '2025-06-27 deal deal/deal-june',
    ])
  })

  it('takes a correction from its kind, not its words: each is an entry of its own, linked from its release', () => {
    const d = withChanges()
    d.changelog[1]!.changes.push(
      { kind: 'correction', text: 'Sites: Rubaya lies in Masisi territory, not Rutshuru.' },
      { kind: 'update', text: 'Summaries rewritten where the facts changed.' },
      ...Array.from({ length: 7 }, (_, i) => ({ kind: 'addition' as const, text: `Records added, part ${i + 1}.` })),
      { kind: 'correction', text: 'Gaza: a date.' },
    )
    const fixes = feedEntries(d).filter((e) => e.kind === 'correction')
    expect(fixes.map((e) => [e.key, e.title])).toEqual([
      ['correction/0.0.2/2', 'Correction: the December accords were signed on 4 December, not 5.'],
      ['correction/0.0.2/3', 'Correction: Sites: Rubaya lies in Masisi territory, not Rutshuru.'],
      // In the changelog's order, the tenth line after the second.
      ['correction/0.0.2/12', 'Correction: Gaza: a date.'],
    ])
    expect(fixes[1]!.path).toBe(
      `/whats-new#${correctionAnchor('0.0.2', 'Sites: Rubaya lies in Masisi territory, not Rutshuru.')}`,
    )
    const release = feedEntries(d).find((e) => e.key === 'release/0.0.2')!
    expect(release.items?.map((c) => c.kind).slice(0, 4)).toEqual(['addition', 'correction', 'correction', 'update'])
    expect(release.text).toBe('Version 0.0.2 of the dataset, released 31 January 2026: 12 changes.')
  })

  it('says what a status changed from, and links the record', () => {
    const s = entries.find((e) => e.kind === 'status')!
    expect(s.title).toBe('DRC–Rwanda: fighting continues')
    expect(s.text).toBe('Fighting resumes (10 December 2025). Before: ceasefire.')
    expect(s.path).toBe('/conflicts/drc-rwanda')
    expect(s.record).toEqual({ kind: 'conflict', id: 'drc-rwanda' })
  })

  it('leaves out deals and status changes dated before the coverage starts', () => {
    const d = withChanges()
    d.meta.coverageFrom = '2025-07-01'
    expect(feedEntries(d).filter((e) => e.kind === 'deal').map((e) => e.key)).toEqual(['deal/deal-dec'])
  })
})

describe(firstWords, () => {
  it('cuts at a word boundary and drops the "Corrected:" lead', () => {
    expect(firstWords('Corrected: one two three four', 12)).toBe('one two…')
    expect(firstWords('short', 12)).toBe('short')
  })
})

describe(feedTime, () => {
  it('turns a partial date into an RFC 3339 time at its first day', () => {
    expect(feedTime('2025-12-10')).toBe('2025-12-10T00:00:00Z')
    expect(feedTime('2025-07')).toBe('2025-07-01T00:00:00Z')
    expect(feedTime('2025')).toBe('2025-01-01T00:00:00Z')
  })
})

describe(atomFeed, () => {
  const doc = new DOMParser().parseFromString(atomFeed(feedEntries(withChanges()), SITE), 'application/xml')
  const NS = 'http://www.w3.org/2005/Atom'

  it('parses as Atom, with a self link and an update time', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(doc.documentElement.namespaceURI).toBe(NS)
    expect(doc.documentElement.localName).toBe('feed')
    expect(doc.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe('https://example.org/atlas/feed.xml')
    expect(doc.querySelector('feed > updated')?.textContent).toBe('2026-01-31T00:00:00Z')
  })

  it('gives every entry a unique id, a date and an absolute link', () => {
    const entries = [...doc.getElementsByTagNameNS(NS, 'entry')]
    expect(entries).toHaveLength(6)
    const ids = entries.map((e) => e.getElementsByTagNameNS(NS, 'id')[0]?.textContent)
    expect(new Set(ids).size).toBe(6)
    for (const e of entries) {
      expect(e.getElementsByTagNameNS(NS, 'updated')[0]?.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/)
      expect(e.getElementsByTagNameNS(NS, 'link')[0]?.getAttribute('href')).toMatch(/^https:\/\/example\.org\/atlas\//)
    }
    expect(ids[0]).toBe(entryId(SITE.origin, 'release/0.0.2'))
  })

  it('escapes the text it carries', () => {
    const release = doc.getElementsByTagNameNS(NS, 'entry')[0]!
    expect(release.getElementsByTagNameNS(NS, 'content')[0]?.textContent).toContain('<li>New sources &amp; &lt;notes&gt;.</li>')
  })

  it("labels a correction among its release's changes", () => {
    const release = doc.getElementsByTagNameNS(NS, 'entry')[0]!
    expect(release.getElementsByTagNameNS(NS, 'content')[0]?.textContent).toContain(
      '<li>Correction: the December accords were signed on 4 December, not 5.</li>',
    )
  })
})

describe(jsonFeed, () => {
  it('writes a JSON Feed 1.1 with absolute item URLs and dates', () => {
    const f = JSON.parse(jsonFeed(feedEntries(withChanges()), SITE)) as {
      version: string
      feed_url: string
      items: Array<{ id: string; url: string; date_published: string; tags: string[] }>
    }
    expect(f.version).toBe('https://jsonfeed.org/version/1.1')
    expect(f.feed_url).toBe('https://example.org/atlas/feed.json')
    expect(f.items[1]).toMatchObject({
      url: `https://example.org/atlas/whats-new#${correctionAnchor('0.0.2', 'Corrected: the December accords were signed on 4 December, not 5.')}`,
      date_published: '2026-01-31T00:00:00Z',
      tags: ['Correction'],
    })
  })
})
