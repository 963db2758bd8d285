import { describe, expect, it } from 'vitest'
import { geoCentroid } from 'd3-geo'
import { presetMembers, presetZoom } from '../../../src/map/presetZoom'
import { REGION_PRESETS } from '../../../src/map/regionPresets'
import { worldGeometry } from '../../../src/map/worldGeometry'
import { MAP_HEIGHT, MAP_WIDTH } from '../../../src/map/mapTransform'

const { countries, projection } = worldGeometry()
const preset = (id: string) => REGION_PRESETS.find((p) => p.id === id)!
const members = (id: string) => presetMembers(preset(id), countries).map((c) => c.iso3)

describe(presetMembers, () => {
  it('puts each country in the region its shape lies in, the Arabian Peninsula outside Africa', () => {
    expect(members('africa')).toEqual(expect.arrayContaining(['COD', 'RWA', 'EGY', 'ETH', 'ZAF', 'MAR', 'MDG']))
    expect(members('africa')).not.toContain('SAU')
    expect(members('africa')).not.toContain('ISR')
    expect(members('middle-east')).toEqual(expect.arrayContaining(['ISR', 'IRN', 'SAU', 'EGY']))
    expect(members('europe')).toEqual(expect.arrayContaining(['UKR', 'SRB', 'XKX', 'FRA']))
    expect(members('asia')).toEqual(expect.arrayContaining(['IND', 'PAK', 'KHM', 'THA', 'CHN', 'JPN']))
  })
})

describe(presetZoom, () => {
  it('frames every party state of the conflicts in its region inside the map', () => {
    const cases: Record<string, string[]> = {
      africa: ['COD', 'RWA', 'EGY', 'ETH'],
      europe: ['UKR', 'SRB', 'XKX'],
      'middle-east': ['ISR', 'IRN', 'ARM', 'AZE'],
      asia: ['IND', 'PAK', 'KHM', 'THA'],
    }
    for (const [id, isos] of Object.entries(cases)) {
      const z = presetZoom(preset(id), countries, projection)
      expect(z.k, id).toBeGreaterThan(1.5)
      for (const iso of isos) {
        const c = countries.find((x) => x.iso3 === iso)!
        const [x, y] = projection(geoCentroid(c.feature))!
        const sx = z.x + z.k * x
        const sy = z.y + z.k * y
        expect(sx, `${id} ${iso}`).toBeGreaterThan(0)
        expect(sx, `${id} ${iso}`).toBeLessThan(MAP_WIDTH)
        expect(sy, `${id} ${iso}`).toBeGreaterThan(0)
        expect(sy, `${id} ${iso}`).toBeLessThan(MAP_HEIGHT)
      }
    }
  })
})
