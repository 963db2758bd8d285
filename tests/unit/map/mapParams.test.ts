import { describe, expect, it } from 'vitest'
import { DEFAULT_MAP_VIEW, parseMapParams, toMapParams, type MapView } from '../../../src/map/mapParams'
import { MAP_HEIGHT, MAP_WIDTH } from '../../../src/map/mapTransform'

const vocab = {
  minerals: ['cobalt', 'lithium'],
  resources: ['cobalt', 'oil'],
  conflicts: ['drc-rwanda', 'israel-iran'],
  countries: ['COD', 'XKX'],
}
const parse = (q: string) => parseMapParams(new URLSearchParams(q), vocab)

describe(parseMapParams, () => {
  it('parseMapParams(sp) gives the default view for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_MAP_VIEW)
  })
  it('parseMapParams(sp) reads a mineral layer', () => {
    expect(parse('mineral=cobalt&measure=production')).toMatchObject({ mineral: 'cobalt', measure: 'production' })
  })
  it('parseMapParams(sp) ignores unknown minerals, measures, statuses and countries', () => {
    expect(parse('mineral=kryptonite&measure=weight&status=exploded&country=ZZZ&conflict=<script>')).toEqual(
      DEFAULT_MAP_VIEW,
    )
  })
  it('parseMapParams(sp) keeps the first valid value of a repeated key', () => {
    expect(parse('mineral=nope&mineral=lithium&mineral=cobalt').mineral).toBe('lithium')
  })
  it('parseMapParams(sp) returns list filters in canonical order without duplicates', () => {
    expect(parse('status=ceasefire&status=active-conflict&status=ceasefire').status).toEqual([
      'active-conflict',
      'ceasefire',
    ])
  })
  it('parseMapParams(sp) drops a zoom that is out of range or not a number', () => {
    expect(parse('zk=99&zx=1&zy=1').zoom).toEqual({ k: 1, x: 0, y: 0 })
    expect(parse('zk=abc&zx=1&zy=1').zoom).toEqual({ k: 1, x: 0, y: 0 })
    expect(parse('zk=2&zx=-300&zy=-100').zoom).toEqual({ k: 2, x: -300, y: -100 })
  })
  it('parseMapParams(sp) zooms about the centre of the map when the zoom has no position', () => {
    const { k, x, y } = parse('zk=2').zoom
    expect(k).toBe(2)
    // The map's centre stays where it was: x + k·(width/2) = width/2.
    expect(x + k * (MAP_WIDTH / 2)).toBeCloseTo(MAP_WIDTH / 2)
    expect(y + k * (MAP_HEIGHT / 2)).toBeCloseTo(MAP_HEIGHT / 2)
    expect(parse('zk=2&zx=abc&zy=5').zoom).toEqual(parse('zk=2').zoom)
  })
})

describe(toMapParams, () => {
  it('toMapParams(DEFAULT_MAP_VIEW) is the empty string', () => {
    expect(toMapParams(DEFAULT_MAP_VIEW).toString()).toBe('')
  })
  it('toMapParams(view) round-trips through parseMapParams', () => {
    const view: MapView = {
      ...DEFAULT_MAP_VIEW,
      mineral: 'cobalt',
      measure: 'production',
      sites: true,
      status: ['active-conflict', 'ceasefire'],
      resource: 'oil',
      type: ['minerals-deal'],
      region: ['Central Africa', 'Middle East'],
      conflict: 'drc-rwanda',
      country: 'XKX',
      zoom: { k: 2.5, x: -400, y: -120 },
    }
    expect(parseMapParams(toMapParams(view), vocab)).toEqual(view)
  })
  it('toMapParams(view) writes a region preset as `region=africa`, with no zoom beside it', () => {
    const view: MapView = { ...DEFAULT_MAP_VIEW, preset: 'africa', zoom: { k: 3, x: 1, y: 2 } }
    expect(toMapParams(view).toString()).toBe('region=africa')
    expect(parseMapParams(new URLSearchParams('region=africa&zk=3&zx=1&zy=2'), vocab)).toEqual({
      ...DEFAULT_MAP_VIEW,
      preset: 'africa',
    })
  })
  it('parseMapParams(sp) reads a calendar day as the date and drops anything else', () => {
    expect(parseMapParams(new URLSearchParams('date=2025-07-01'), vocab).date).toBe('2025-07-01')
    for (const bad of ['2025-02-30', '2025-7-1', 'yesterday', '2025-07-01T00:00'])
      expect(parseMapParams(new URLSearchParams({ date: bad }), vocab).date, bad).toBeNull()
    expect(toMapParams({ ...DEFAULT_MAP_VIEW, date: '2025-07-01' }).toString()).toBe('date=2025-07-01')
  })
  it('parseMapParams(sp) still reads the conflicts’ region filter from old links (`region=Europe`)', () => {
    const v = parseMapParams(new URLSearchParams('region=Europe&region=atlantis'), vocab)
    expect(v).toEqual({ ...DEFAULT_MAP_VIEW, region: ['Europe'] })
    expect(toMapParams(v).toString()).toBe('area=Europe')
  })
  it('toMapParams(view) writes `/?mineral=cobalt` for the cobalt reserves layer', () => {
    expect(toMapParams({ ...DEFAULT_MAP_VIEW, mineral: 'cobalt' }).toString()).toBe('mineral=cobalt')
  })
})
