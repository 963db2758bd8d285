import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './helpers'

/** Opens the frame's Download menu, picks a format and returns the saved file. */
async function download(page: Page, frame: string, format: string) {
  const root = page.locator(frame)
  await root.getByTestId('download-menu').first().click()
  const [file] = await Promise.all([page.waitForEvent('download'), root.locator(`[data-format="${format}"]`).click()])
  const path = await file.path()
  return { name: file.suggestedFilename(), body: readFileSync(path) }
}

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) })

test('the cobalt map, the timeline and a mineral chart download with their titles, legends and credit', async ({
  page,
}) => {
  test.slow()
  await page.setViewportSize({ width: 1280, height: 900 })

  await test.step('the cobalt map downloads as an SVG and a PNG that credit themselves', async () => {
    await page.goto('/map/cobalt')
    const svg = await download(page, '.map-panel', 'svg')
    expect(svg.name).toBe('mineral-peace-atlas-map-cobalt-reserves.svg')
    const text = svg.body.toString('utf8')
    expect(text).toContain('Cobalt reserves')
    for (const cls of ['under 1%', '30% or more', 'not listed by USGS', 'conflict party']) expect(text).toContain(cls)
    expect(text).toContain('USGS Mineral Commodity Summaries 2026')
    expect(text).toContain('Mineral Peace Atlas')
    expect(text).not.toMatch(/var\(--/)
    const png = await download(page, '.map-panel', 'png')
    expect(pngSize(png.body).width).toBeGreaterThanOrEqual(1200)
    const social = await download(page, '.map-panel', 'png-social')
    expect(pngSize(social.body)).toEqual({ width: 1200, height: 630 })
  })

  await test.step('the timeline', async () => {
    await page.goto('/timeline')
    const svg = (await download(page, '.timeline-page', 'svg')).body.toString('utf8')
    expect(svg).toContain('Peace deals, minerals deals and key events')
    expect(svg).toContain('Ceasefire')
    expect(svg).toContain('Mineral Peace Atlas')
    const png = await download(page, '.timeline-page', 'png')
    expect(pngSize(png.body).width).toBeGreaterThanOrEqual(1200)
  })

  await test.step('a mineral chart, and the United States’ charts below it', async () => {
    await page.goto('/minerals/cobalt')
    const chart = (await download(page, '.mineral-map-frame', 'svg')).body.toString('utf8')
    expect(chart).toContain('Cobalt reserves')
    expect(chart).toContain('30% or more')
    expect(chart).toContain('U.S. Geological Survey')
    const csv = (await download(page, '.mineral-map-frame', 'csv')).body.toString('utf8')
    expect(csv.split('\r\n')[0]).toContain('share_of_world_percent')
    expect(csv).toContain('COD,')
    // The United States' charts below it are frames of their own.
    const us = (await download(page, '.mineral-us-frame', 'svg')).body.toString('utf8')
    expect(us).toContain('US net import reliance on cobalt')
    expect(us).toContain('2025e')
    expect(us).toContain('U.S. Geological Survey')
  })
})
