/**
 * Pre-cuts the detailed (1:50m) country shapes around each conflict into small
 * files of projected SVG paths (src/generated/regions/<conflict>.json), so a
 * conflict page loads a few kilobytes instead of the whole 50m world.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { geoBounds, geoPath, geoCentroid } from 'd3-geo'
import type { Feature, Geometry } from 'geojson'
import world from 'world-atlas/countries-50m.json'
import { getCountries } from '../src/map/geo'
import { makeIndex } from '../src/data/selectors'
import { formatProblem, loadDataset } from '../src/data/load'
import { dataDir, readDataDir } from './readDataDir'
import {
  LOCATOR_HEIGHT,
  LOCATOR_WIDTH,
  locatorFrame,
  makeLocatorProjection,
  type RegionShapes,
} from '../src/map/locator'
import { compactPath } from '../src/map/compactPath'
import { thinPath } from '../src/map/thinPath'

// `tsx scripts/make-regions.ts [DATA_DIR [OUT_DIR]]`; by default the atlas's data, into the app's sources.
const DATA = process.argv[2] ?? dataDir()
const OUT = process.argv[3] ?? 'src/generated/regions'
mkdirSync(OUT, { recursive: true })
const countries = getCountries(world)
const { dataset, problems } = loadDataset(readDataDir(DATA), DATA)
if (!dataset) {
  for (const p of problems) console.error(formatProblem(p))
  console.error(`regions: the dataset in ${DATA} does not load (run npm run check:data)`)
  process.exit(1)
}
const ix = makeIndex(dataset)

/** Longitude intervals as [from, to] with from <= to, split where they cross the antimeridian. */
const lonIntervals = (w: number, e: number): Array<[number, number]> =>
  w <= e
    ? [[w, e]]
    : [
        [w, 180],
        [-180, e],
      ]

let written = 0
for (const c of dataset.conflicts) {
  const extent = locatorFrame(ix, c, countries)
  if (!extent) {
    console.warn(`regions: ${c.id} has no frame and no belligerent state to derive one from; no locator map`)
    continue
  }
  const conflict = c.id
  const projection = makeLocatorProjection(extent)
  const path = geoPath(projection).digits(1)
  const [[w, s], [e, n]] = extent
  const frameLons = lonIntervals(w, e)
  const shapes: RegionShapes = { conflict, frame: extent, width: LOCATOR_WIDTH, height: LOCATOR_HEIGHT, countries: [] }
  const overlaps = (f: Feature<Geometry>) => {
    const [[x0, y0], [x1, y1]] = geoBounds(f)
    const lons = lonIntervals(x0, x1)
    return y0 <= n && y1 >= s && lons.some(([a, b]) => frameLons.some(([fa, fb]) => a <= fb && b >= fa))
  }
  for (const c of countries) {
    if (!overlaps(c.feature)) continue
    // Keep only the polygons of a country that reach into the frame (France's overseas
    // departments, Russia's far east), so clipping has less to cut and files stay small.
    const g = c.feature.geometry
    const kept: Feature<Geometry> =
      g.type === 'MultiPolygon'
        ? {
            ...c.feature,
            geometry: {
              type: 'MultiPolygon',
              coordinates: g.coordinates.filter((poly) =>
                overlaps({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: poly } }),
              ),
            },
          }
        : c.feature
    const raw = path(kept)
    const d = raw ? compactPath(thinPath(raw)) : null
    if (!d) continue
    const p = projection(geoCentroid(kept))
    const inside = p && p[0] > 20 && p[0] < LOCATOR_WIDTH - 20 && p[1] > 12 && p[1] < LOCATOR_HEIGHT - 12
    shapes.countries.push({
      iso3: c.iso3,
      name: c.name,
      d,
      label: inside ? [Math.round(p[0]), Math.round(p[1])] : null,
    })
  }
  writeFileSync(`${OUT}/${conflict}.json`, JSON.stringify(shapes))
  written++
}
console.log(`regions: ${written} locator maps written to ${OUT}`)
