/**
 * The world map's region presets (`?region=africa`), as Our World in Data's maps
 * offer them. Each preset names the countries it frames by a rule on where their
 * shapes lie (the centroid inside a box of longitudes and latitudes); its view is
 * the zoom that frames those countries' shapes, computed at build time
 * (presetZoom.ts), not framed by hand. Pure, and free of d3 so the page can ship it.
 */

export interface RegionPreset {
  id: string
  name: string
  /** A country belongs when its centroid is in [[west, south], [east, north]] (degrees) and not in `except`. */
  box: [[number, number], [number, number]]
  except?: [[number, number], [number, number]]
}

export const REGION_PRESETS: readonly RegionPreset[] = [
  // The Arabian Peninsula and the Levant lie inside Africa's box east of Suez.
  {
    id: 'africa',
    name: 'Africa',
    box: [
      [-26, -36],
      [58, 38],
    ],
    except: [
      [34.5, 12.5],
      [60, 38],
    ],
  },
  {
    id: 'europe',
    name: 'Europe',
    box: [
      [-25, 35],
      [45, 72],
    ],
  },
  {
    id: 'middle-east',
    name: 'Middle East',
    box: [
      [25, 12],
      [63, 42],
    ],
  },
  {
    id: 'asia',
    name: 'South and East Asia',
    box: [
      [60, -11],
      [150, 54],
    ],
  },
]

export const PRESET_IDS: readonly string[] = REGION_PRESETS.map((p) => p.id)
