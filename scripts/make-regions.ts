/**
 * Pre-cuts the detailed (1:50m) country shapes around each conflict into small
 * files of projected SVG paths (src/generated/regions/<conflict>.json), so a
 * conflict page loads a few kilobytes instead of the whole 50m world.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { geoBounds, geoPath, geoCentroid } from 'd3-geo'
import type { Feature, Geometry, Polygon } from 'geojson'
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
  type Extent,
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

type Country = (typeof countries)[number]
type RegionCountry = RegionShapes['countries'][number]
type Bounds = Extent

// A country's bounds, and those of each polygon of a multi-polygon, are the same for every frame:
// measured once, not once per conflict.
const boundsOf = new Map<Country, { whole: Bounds; polygons: Bounds[] | null }>()
const polygonOf = (coordinates: Polygon['coordinates']): Feature<Geometry> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates },
})
for (const c of countries) {
  const g = c.feature.geometry
  boundsOf.set(c, {
    whole: geoBounds(c.feature),
    polygons: g.type === 'MultiPolygon' ? g.coordinates.map((poly) => geoBounds(polygonOf(poly))) : null,
  })
}

/** The countries of a locator frame, cut and projected. Conflicts in the same frame share them. */
function regionCountries(extent: Bounds): RegionCountry[] {
  const projection = makeLocatorProjection(extent)
  const path = geoPath(projection).digits(1)
  const [[w, s], [e, n]] = extent
  const frameLons = lonIntervals(w, e)
  const overlaps = ([[x0, y0], [x1, y1]]: Bounds) => {
    const lons = lonIntervals(x0, x1)
    return y0 <= n && y1 >= s && lons.some(([a, b]) => frameLons.some(([fa, fb]) => a <= fb && b >= fa))
  }
  const out: RegionCountry[] = []
  for (const c of countries) {
    const bounds = boundsOf.get(c)!
    if (!overlaps(bounds.whole)) continue
    // Keep only the polygons of a country that reach into the frame (France's overseas
    // departments, Russia's far east), so clipping has less to cut and files stay small.
    const g = c.feature.geometry
    const kept: Feature<Geometry> =
      g.type === 'MultiPolygon'
        ? {
            ...c.feature,
            geometry: {
              type: 'MultiPolygon',
              coordinates: g.coordinates.filter((_, i) => overlaps(bounds.polygons![i]!)),
            },
          }
        : c.feature
    const raw = path(kept)
    const d = raw ? compactPath(thinPath(raw)) : null
    if (!d) continue
    const p = projection(geoCentroid(kept))
    const inside = p && p[0] > 20 && p[0] < LOCATOR_WIDTH - 20 && p[1] > 12 && p[1] < LOCATOR_HEIGHT - 12
    out.push({ iso3: c.iso3, name: c.name, d, label: inside ? [Math.round(p[0]), Math.round(p[1])] : null })
  }
  return out
}

const byFrame = new Map<string, RegionCountry[]>()
let written = 0
for (const c of dataset.conflicts) {
  const extent = locatorFrame(ix, c, countries)
  if (!extent) {
    console.warn(`regions: ${c.id} has no frame and no belligerent state to derive one from; no locator map`)
    continue
  }
  const key = JSON.stringify(extent)
  if (!byFrame.has(key)) byFrame.set(key, regionCountries(extent))
  const shapes: RegionShapes = {
    conflict: c.id,
    frame: extent,
    width: LOCATOR_WIDTH,
    height: LOCATOR_HEIGHT,
    countries: byFrame.get(key)!,
  }
  writeFileSync(`${OUT}/${c.id}.json`, JSON.stringify(shapes))
  written++
}
console.log(`regions: ${written} locator maps written to ${OUT}`)
