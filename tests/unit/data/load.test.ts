import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/data/schema'
import { checkIntegrity, describeJsonError, formatProblem, loadDataset, toJsonPath } from '../../../src/data/load'
import { fixtureTexts, makeFixture } from '../../fixtures/dataset'

const lines = (texts: Record<string, string | undefined>) => loadDataset(texts).problems.map(formatProblem)

describe('loadDataset', () => {
  it('loadDataset(texts) accepts the fixture and concatenates the two source files', () => {
    const { dataset, problems } = loadDataset(fixtureTexts())
    expect(problems).toEqual([])
    expect(dataset?.sources.map((s) => s.id)).toEqual(['src-a', 'src-b'])
  })

  it('loadDataset(texts) reports a bad date with its file, JSON path and rule', () => {
    const d = makeFixture()
    d.agreements[2]!.date = '5 Dec'
    expect(lines(fixtureTexts(d))).toEqual(['data/agreements.json: $[2].date: expected an ISO date (YYYY-MM-DD), got "5 Dec"'])
  })

  it('loadDataset(texts) refuses an impossible calendar date', () => {
    const d = makeFixture()
    d.conflicts[0]!.statusHistory[0]!.date = '2025-02-30'
    expect(lines(fixtureTexts(d))).toEqual([
      'data/conflicts.json: $[0].statusHistory[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2025-02-30"',
    ])
  })

  it('loadDataset(texts) reports a missing field, a wrong type and an unknown key, all at once', () => {
    const d = makeFixture() as unknown as { conflicts: Array<Record<string, unknown>>; sites: Array<Record<string, unknown>> }
    delete d.conflicts[0]!.summary
    d.conflicts[1]!.parties = 'Kosovo'
    d.sites[0]!.colour = 'red'
    const out = lines(fixtureTexts(d as never))
    expect(out).toContain('data/conflicts.json: $[0].summary: expected string')
    expect(out).toContain('data/conflicts.json: $[1].parties: expected array')
    expect(out).toContain('data/sites.json: $[0]: unknown field colour')
  })

  it('loadDataset(texts) reports an out-of-range share and a bad enum value', () => {
    const d = makeFixture()
    d.stakes[0]!.figures[0]!.share = 140
    ;(d.assessments[0] as { stance: string }).stance = 'angry'
    const out = lines(fixtureTexts(d))
    expect(out.some((l) => l.startsWith('data/stakes.json: $[0].figures[0].share:'))).toBe(true)
    expect(out).toContain('data/assessments.json: $[0].stance: expected one of "skeptical", "mixed", "supportive"')
  })

  it('loadDataset(texts) reports malformed JSON with its line and column, not a stack trace', () => {
    const texts = fixtureTexts()
    texts['agreements.json'] = texts['agreements.json']!.replace('"kind": "agreement",', '"kind": "agreement"')
    const out = lines(texts)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatch(/^data\/agreements\.json: \$: invalid JSON at line \d+, column \d+: /)
  })

  it('loadDataset(texts) names a missing file', () => {
    const texts: Record<string, string | undefined> = fixtureTexts()
    texts['sites.json'] = undefined
    expect(lines(texts)).toEqual(['data/sites.json: $: file is missing'])
  })

  it('loadDataset(texts, dir) prefixes messages with the folder it was given', () => {
    const d = makeFixture()
    d.meta.released = '2026-13-01'
    expect(loadDataset(fixtureTexts(d), 'elsewhere').problems.map(formatProblem)).toEqual([
      'elsewhere/meta.json: $.released: expected a real calendar date, got "2026-13-01"',
    ])
  })
})

describe('checkIntegrity', () => {
  const problems = (mutate: (d: ReturnType<typeof makeFixture>) => void) => {
    const d = makeFixture()
    mutate(d)
    return checkIntegrity(d).map(formatProblem)
  }

  it('checkIntegrity(d) finds nothing wrong with the fixture', () => {
    expect(checkIntegrity(makeFixture())).toEqual([])
  })

  it('checkIntegrity(d) accepts a claim date that one of its sources carries, and refuses any other', () => {
    expect(problems((d) => (d.conflicts[0]!.whiteHouseClaim.since = '2025-12-15'))).toEqual([])
    expect(problems((d) => (d.conflicts[0]!.whiteHouseClaim.since = '2025-12-16'))).toEqual([
      'data/conflicts.json: $[0].whiteHouseClaim.since: a claim date needs a counted claim and a source of that date',
    ])
  })

  it('checkIntegrity(d) finds a dangling conflict reference', () => {
    expect(problems((d) => (d.agreements[0]!.conflict = 'nowhere'))).toEqual(['data/agreements.json: $[0].conflict: unknown conflict "nowhere"'])
  })

  it('checkIntegrity(d) finds a dangling actor, agreement, resource and site reference', () => {
    const out = problems((d) => {
      d.conflicts[0]!.parties[0]!.actor = 'atlantis'
      d.agreements[0]!.relations[0]!.agreement = 'ghost-deal'
      d.stakes[0]!.resource = 'unobtainium'
      d.agreements[0]!.place = { name: 'X', site: 'nowhere-site' }
    })
    expect(out).toContain('data/conflicts.json: $[0].parties[0].actor: unknown actor "atlantis"')
    expect(out).toContain('data/agreements.json: $[0].relations[0].agreement: unknown agreement "ghost-deal"')
    expect(out).toContain('data/stakes.json: $[0].resource: unknown resource "unobtainium"')
    expect(out).toContain('data/agreements.json: $[0].place.site: unknown site "nowhere-site"')
  })

  it('checkIntegrity(d) finds a cited source that does not exist and a source never cited', () => {
    const out = problems((d) => {
      d.sites[0]!.sources = ['missing-source']
      d.sources.push({
        id: 'orphan',
        publisher: 'P',
        title: 'T',
        url: 'https://example.org/o',
        kind: 'reference',
        reliability: 'aggregator',
      })
    })
    expect(out).toContain('data/sources.json: $[2].id: source "orphan" is never cited')
    expect(out).toContain('data/sites.json: $[0].sources[0]: unknown source "missing-source"')
  })

  it('checkIntegrity(d) finds a duplicate id', () => {
    expect(problems((d) => d.agreements.push({ ...d.agreements[1]! }))).toEqual(['data/agreements.json: $[3].id: duplicate id "deal-june"'])
  })

  it('checkIntegrity(d) refuses an unknown ISO code and a state without one', () => {
    const out = problems((d) => {
      d.actors[0]!.iso3 = 'ZZZ'
      delete d.actors[1]!.iso3
    })
    expect(out).toContain('data/actors.json: $[0].iso3: unknown ISO 3166-1 alpha-3 code "ZZZ"')
    expect(out).toContain('data/actors.json: $[1].iso3: a state needs an ISO 3166-1 alpha-3 code')
  })

  it('checkIntegrity(d) refuses a party that world-atlas cannot draw', () => {
    // Gibraltar has an ISO code but no shape in world-atlas.
    expect(problems((d) => (d.actors[0]!.iso3 = 'GIB'))).toEqual(['data/conflicts.json: $[0].parties[0].actor: "GIB" cannot be drawn from world-atlas'])
  })

  it('checkIntegrity(d) refuses country reserves above the world total', () => {
    expect(problems((d) => (d.usgs[0]!.rows[0]!.reserves.value = 13_000_000))).toEqual([
      'data/usgs-mcs-2026.json: $[0].rows[0].reserves.value: reserves 13000000 exceed the world total 12000000',
    ])
  })

  it('checkIntegrity(d) refuses provisions numbered out of order and status history out of date order', () => {
    const out = problems((d) => {
      d.agreements[0]!.provisions[1]!.n = 5
      d.conflicts[0]!.statusHistory.reverse()
    })
    expect(out).toContain('data/agreements.json: $[0].provisions[1].n: expected provision number 2, got 5')
    expect(out).toContain('data/conflicts.json: $[0].statusHistory[1].date: status history out of date order (2025-12-10 before 2025-06-27)')
  })
})

describe('checkIntegrity: sources, drawing, tracks, implementation', () => {
  const problems = (mutate: (d: Dataset) => void) => {
    const d = makeFixture()
    mutate(d)
    return checkIntegrity(d).map(formatProblem)
  }
  const mirror = (d: Dataset) => {
    d.sources.push({
      id: 'mirror',
      publisher: 'Some mirror',
      title: 'Copy',
      url: 'https://mirror.example/copy',
      kind: 'reference',
      reliability: 'aggregator',
    })
  }

  it('refuses a verified fact whose only source is a mirror, naming the file and path', () => {
    const out = problems((d) => {
      mirror(d)
      d.sites[0]!.sources = ['mirror']
      d.sites[0]!.verification = 'verified'
    })
    expect(out).toEqual([
      'data/sites.json: $[0].verification: a verified fact needs a source that is not an aggregator, mirror, state media or blog (has aggregator)',
    ])
  })

  it('accepts the same fact as secondary, or verified beside an established outlet', () => {
    expect(
      problems((d) => {
        mirror(d)
        d.sites[0]!.sources = ['mirror']
        d.sites[0]!.verification = 'secondary'
      }),
    ).toEqual([])
    expect(
      problems((d) => {
        mirror(d)
        d.sites[0]!.sources = ['mirror', 'src-b']
        d.sites[0]!.verification = 'verified'
      }),
    ).toEqual([])
  })

  it('refuses a conflict whose pages cannot be drawn: no frame and no party state', () => {
    const out = problems((d) => {
      d.conflicts[1]!.parties = [{ actor: 'm23-afc', role: 'belligerent' }]
    })
    expect(out).toContain(
      'data/conflicts.json: $[1].locator.frame: no party can be drawn on the map: give the locator a frame, or a party state',
    )
  })

  it('accepts that conflict once it names a frame', () => {
    const out = problems((d) => {
      d.conflicts[1]!.parties = [{ actor: 'm23-afc', role: 'belligerent' }]
      d.conflicts[1]!.locator = { frame: [[18, 41], [23, 46]] }
    })
    expect(out).toEqual([])
  })

  it('refuses a peace deal without its conflict, and a marker country that is not a party', () => {
    const out = problems((d) => {
      delete d.agreements[2]!.conflict
      d.conflicts[0]!.locator = { marker: 'SRB' }
    })
    expect(out).toEqual([
      'data/conflicts.json: $[0].locator.marker: "SRB" is not a party to the conflict',
      'data/agreements.json: $[2].conflict: a deal on the peace track needs its conflict',
    ])
  })

  it('refuses an implementation history of a provision the deal does not have', () => {
    const out = problems((d) => {
      d.implementation.push({
        agreement: 'deal-dec',
        provision: 7,
        history: [{ date: '2026-01', status: 'in-progress', note: 'Begun.', sources: ['src-b'], verification: 'verified' }],
      })
    })
    expect(out).toEqual(['data/implementation.json: $[0].provision: "deal-dec" has no provision 7'])
  })

  it('asks a translated quote for its language', () => {
    const out = problems((d) => {
      d.assessments[0]!.translation = 'In English.'
    })
    expect(out).toEqual(['data/assessments.json: $[0].lang: a translated quote needs the language it was spoken in'])
  })
})

describe('toJsonPath and describeJsonError', () => {
  it('toJsonPath(path) writes indices in brackets and odd keys quoted', () => {
    expect(toJsonPath([3, 'date'])).toBe('$[3].date')
    expect(toJsonPath(['a-b', 0])).toBe('$["a-b"][0]')
  })

  it('describeJsonError(text, err) reports the end of a truncated file', () => {
    const text = '[{"a": 1},\n{"b":'
    let err: unknown
    try {
      JSON.parse(text)
    } catch (e) {
      err = e
    }
    expect(describeJsonError(text, err)).toMatch(/^invalid JSON at line 2, column \d+/)
  })
})
