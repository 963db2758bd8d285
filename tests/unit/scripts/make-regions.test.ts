import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isRegionShapes, type RegionShapes } from '../../../src/map/locator'
import { fixtureTexts, makeFixture } from '../../fixtures/dataset'

describe('make-regions', () => {
  it('cuts a locator map for a conflict that only the data knows, framed by its belligerents', () => {
    const d = makeFixture()
    d.actors.push(
      { id: 'laos', name: 'Laos', kind: 'state', iso3: 'LAO' },
      { id: 'viet-nam', name: 'Viet Nam', kind: 'state', iso3: 'VNM' },
    )
    d.conflicts.push({
      ...d.conflicts[1]!,
      id: 'laos-viet-nam',
      name: 'Laos–Viet Nam',
      shortName: 'Laos–Viet Nam',
      region: 'Southeast Asia',
      parties: [
        { actor: 'laos', role: 'belligerent' },
        { actor: 'viet-nam', role: 'belligerent' },
      ],
    })
    const dir = mkdtempSync(join(tmpdir(), 'atlas-regions-'))
    const data = join(dir, 'data')
    const out = join(dir, 'regions')
    execFileSync('mkdir', [data])
    for (const [name, text] of Object.entries(fixtureTexts(d))) writeFileSync(join(data, name), text)
    execFileSync('npx', ['tsx', 'scripts/make-regions.ts', data, out], { encoding: 'utf8', stdio: 'pipe' })

    expect(readdirSync(out).sort()).toEqual(['drc-rwanda.json', 'kosovo-serbia.json', 'laos-viet-nam.json'])
    const region = JSON.parse(readFileSync(join(out, 'laos-viet-nam.json'), 'utf8')) as RegionShapes
    expect(isRegionShapes(region)).toBe(true)
    const byIso = new Map(region.countries.map((c) => [c.iso3, c]))
    for (const iso of ['LAO', 'VNM']) {
      expect(byIso.get(iso)?.d, iso).toMatch(/^M/)
      // Each party is labelled inside the box.
      const [x, y] = byIso.get(iso)!.label!
      expect(x).toBeGreaterThan(0)
      expect(x).toBeLessThan(region.width)
      expect(y).toBeGreaterThan(0)
      expect(y).toBeLessThan(region.height)
    }
    // Neighbours at the edge of the frame are drawn; far countries are not.
    expect(byIso.has('KHM')).toBe(true)
    expect(byIso.has('USA')).toBe(false)
  }, 60_000)
})
