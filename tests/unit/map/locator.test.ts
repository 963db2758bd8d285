import { describe, expect, it } from 'vitest'
import topology from 'world-atlas/countries-110m.json'
import type { Conflict, Dataset } from '../../../src/data/schema'
import { makeIndex } from '../../../src/data/selectors'
import { getCountries } from '../../../src/map/geo'
import { frameAround, isRegionShapes, locatorFrame, makeLocatorProjection, type Extent } from '../../../src/map/locator'
import { placeLabels } from '../../../src/map/labelPlacement'
import { thinPath } from '../../../src/map/thinPath'
import { makeFixture } from '../../fixtures/dataset'

const countries = getCountries(topology)
const shape = (iso3: string) => countries.find((c) => c.iso3 === iso3)!.feature

/** The fixture plus a conflict between Peru and Ecuador, which no code names, with a mediator that must not widen the frame. */
function withAndeanConflict(locator?: Conflict['locator']): Dataset {
  const d = makeFixture()
  const base = d.conflicts[1]!
  d.actors.push(
    { id: 'peru', name: 'Peru', kind: 'state', iso3: 'PER' },
    { id: 'ecuador', name: 'Ecuador', kind: 'state', iso3: 'ECU' },
  )
  d.conflicts.push({
    ...base,
    id: 'ecuador-peru',
    name: 'Ecuador–Peru',
    shortName: 'Ecuador–Peru',
    parties: [
      { actor: 'ecuador', role: 'belligerent' },
      { actor: 'peru', role: 'belligerent' },
      { actor: 'united-states', role: 'mediator' },
    ],
    ...(locator ? { locator } : {}),
  })
  return d
}

/** Whether [lon, lat] lies in the frame, a frame across the antimeridian (west > east) included. */
function contains([[w, s], [e, n]]: Extent, [lon, lat]: [number, number]): boolean {
  const inLon = w <= e ? lon >= w && lon <= e : lon >= w || lon <= e
  return inLon && lat >= s && lat <= n
}

describe(locatorFrame, () => {
  it('frames both belligerent states of a conflict that has no frame in the data, with a margin', () => {
    const d = withAndeanConflict()
    const conflict = d.conflicts.find((c) => c.id === 'ecuador-peru')!
    const frame = locatorFrame(makeIndex(d), conflict, countries)!
    const [[w, s], [e, n]] = frame
    // Ecuador's and Peru's extremes: the Galápagos are not in the 1:110m shapes; Peru reaches 18.35° S and 68.7° W.
    for (const point of [
      [-80.9, -1], // Ecuador's coast
      [-77.0, -12.05], // Lima
      [-70.4, -18.3], // Peru's southern tip
      [-69, -12], // Peru's eastern border
    ] as Array<[number, number]>)
      expect(contains(frame, point), `${point}`).toBe(true)
    // A margin on every side, but not the whole continent or the mediator's country.
    expect(w).toBeLessThan(-81.4)
    expect(e).toBeGreaterThan(-68.6)
    expect(s).toBeLessThan(-18.4)
    expect(n).toBeGreaterThan(1.5)
    expect(e - w).toBeLessThan(25)
    expect(contains(frame, [-100, 40])).toBe(false)
  })

  it('uses the frame the data gives, grown only to hold whole a party state smaller than it', () => {
    // The given frame cuts Ecuador's south-west and most of Peru, which is larger than the frame.
    const given: Extent = [
      [-80, -6],
      [-70, 2],
    ]
    const d = withAndeanConflict({ frame: given })
    const conflict = d.conflicts.find((c) => c.id === 'ecuador-peru')!
    const frame = locatorFrame(makeIndex(d), conflict, countries)!
    for (const point of [...given, [-80.9, -1], [-80.3, -3.4]] as Array<[number, number]>)
      expect(contains(frame, point), `${point}`).toBe(true)
    // Peru stays cut: Lima is not pulled in.
    expect(contains(frame, [-77.0, -12.05])).toBe(false)
  })

  it('holds a small backer whole, as Rwanda beside the DRC, with a margin', () => {
    const d = makeFixture()
    const drc = d.conflicts[0]!
    drc.parties = drc.parties.map((p) => (p.actor === 'rwanda' ? { ...p, role: 'backer' as const } : p))
    // A frame whose east edge runs through Rwanda (it spans about 28.9° to 30.9° E).
    drc.locator = {
      frame: [
        [12, -13.8],
        [30, 5.5],
      ],
    }
    const [[, s], [e]] = locatorFrame(makeIndex(d), drc, countries)!
    expect(e).toBeGreaterThan(31.2)
    expect(s).toBe(-13.8)
  })

  it('gives no frame to a conflict with neither a frame nor a belligerent state', () => {
    const d = makeFixture()
    const conflict = { ...d.conflicts[0]!, parties: [{ actor: 'm23-afc', role: 'belligerent' as const }] }
    expect(locatorFrame(makeIndex(d), conflict, countries)).toBeNull()
  })
})

describe(frameAround, () => {
  it('adds at least two degrees on each side of a small country', () => {
    const [[w, s], [e, n]] = frameAround([shape('RWA')])!
    // Rwanda's 1:110m shape: about 29.0–30.8° E, 2.9–1.1° S.
    expect(w).toBeCloseTo(29.02 - 2, 1)
    expect(e).toBeCloseTo(30.82 + 2, 1)
    expect(s).toBeCloseTo(-2.92 - 2, 1)
    expect(n).toBeCloseTo(-1.13 + 2, 1)
  })

  it('keeps a frame across the antimeridian narrow, west edge east of the east edge', () => {
    // Fiji straddles 180°; a naive west–east box would span the world.
    const frame = frameAround([shape('FJI')])!
    const [[w], [e]] = frame
    expect(w).toBeGreaterThan(e)
    expect(w + 360 - e).toBeGreaterThan(300)
    expect(contains(frame, [178.4, -17.8])).toBe(true)
    expect(contains(frame, [-179.9, -16.7])).toBe(true)
    expect(contains(frame, [0, -17])).toBe(false)
  })

  it('clamps the frame to the latitudes Mercator can draw', () => {
    const [[w, s], [e, n]] = frameAround([shape('ATA')])!
    expect(s).toBeGreaterThanOrEqual(-85)
    expect(n).toBeLessThanOrEqual(90)
    expect([w, e]).toEqual([-180, 180])
  })

  it('gives no frame for no shapes', () => {
    expect(frameAround([])).toBeNull()
  })
})

describe(makeLocatorProjection, () => {
  it('maps the extent’s corners to the box', () => {
    const p = makeLocatorProjection(
      [
        [20, 40],
        [30, 50],
      ],
      600,
      400,
    )
    const [x0, y0] = p([20, 50])!
    const [x1, y1] = p([30, 40])!
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(-0.5)
    expect(x1).toBeLessThanOrEqual(600.5)
    expect(y1).toBeLessThanOrEqual(400.5)
    expect(Math.max(x1 - x0, y1 - y0)).toBeGreaterThan(390)
  })

  it('draws a frame across the antimeridian in one piece, west on the left', () => {
    const p = makeLocatorProjection(
      [
        [170, -25],
        [-170, -10],
      ],
      600,
      400,
    )
    const [xw] = p([171, -17])!
    const [xm] = p([180, -17])!
    const [xe] = p([-171, -17])!
    expect(xw).toBeLessThan(xm)
    expect(xm).toBeLessThan(xe)
    expect(Math.abs(xm - 300)).toBeLessThan(1)
  })
})

describe(isRegionShapes, () => {
  it('accepts a region file with its frame and rejects one without', () => {
    const region = {
      conflict: 'x',
      frame: [
        [0, 0],
        [1, 1],
      ],
      width: 640,
      height: 420,
      countries: [],
    }
    expect(isRegionShapes(region)).toBe(true)
    expect(isRegionShapes({ ...region, frame: undefined })).toBe(false)
    expect(isRegionShapes(null)).toBe(false)
  })
})

describe(thinPath, () => {
  it('drops points closer than the tolerance but keeps ring ends', () => {
    expect(thinPath('M0,0L0.1,0L0.2,0L5,0L5,5L5.1,5Z', 1)).toBe('M0,0L5,0L5,5L5.1,5Z')
  })
})

describe(placeLabels, () => {
  it('moves a site label to the left, then above, when the right is taken, and drops those with no room', () => {
    const out = placeLabels(
      [
        { id: 'a', text: 'Goma', x: 100, y: 100, size: 10, kind: 'beside' },
        { id: 'b', text: 'Rubaya', x: 100, y: 103, size: 10, kind: 'beside' },
        { id: 'c', text: 'Kigali', x: 100, y: 101, size: 10, kind: 'beside' },
        { id: 'd', text: 'Sake', x: 100, y: 102, size: 10, kind: 'beside' },
        { id: 'e', text: 'Idjwi', x: 100, y: 100, size: 10, kind: 'beside' },
      ],
      [[100, 100]],
      400,
      300,
    )
    expect(out.map((l) => [l.id, l.anchor])).toEqual([
      ['a', 'start'],
      ['b', 'end'],
      ['c', 'middle'],
    ])
  })
  it('places a small party’s name beside its centre when a site symbol sits on it, and a neighbour’s only centred', () => {
    const out = placeLabels(
      [
        { id: 'rwanda', text: 'Rwanda', x: 100, y: 100, size: 13, kind: 'near' },
        { id: 'burundi', text: 'Burundi', x: 100, y: 100, size: 11, kind: 'centre' },
      ],
      [[100, 100]],
      400,
      300,
    )
    expect(out).toEqual([{ id: 'rwanda', text: 'Rwanda', x: 108, y: 100 + 13 * 0.35, anchor: 'start', size: 13 }])
  })
})
