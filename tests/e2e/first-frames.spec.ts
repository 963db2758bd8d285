import type { Page } from '@playwright/test'
import { expect, test } from './helpers'

/** What one animation frame showed. */
interface Frame {
  /** #root held text or a shape. */
  content: boolean
  /** The page's view (#main) was visible: not held back while the query waits for the scripts. */
  viewShown: boolean
  /** Country shapes in the world map. */
  shapes: number
  /** The text of the element that says which view is shown (the map's legend, the timeline's caption). */
  says: string
  /** The zoom on the map's layer group. */
  zoom: string | null
  href: string
}

/** Records, from the first byte, what the page shows in every animation frame; `says` names the view's caption. */
async function recordFrames(page: Page, says: string): Promise<() => Promise<Frame[]>> {
  await page.addInitScript((says) => {
    const frames: Frame[] = []
    ;(window as unknown as { __frames: Frame[] }).__frames = frames
    function sample() {
      const root = document.getElementById('root')
      const map = document.querySelector('svg.world-map')
      frames.push({
        content: !!root && ((root.textContent ?? '').trim() !== '' || !!root.querySelector('svg path')),
        viewShown: (() => {
          const main = document.getElementById('main')
          return !!main && getComputedStyle(main).visibility !== 'hidden'
        })(),
        shapes: map ? map.querySelectorAll('path.country').length : 0,
        says: document.querySelector(says)?.textContent ?? '',
        zoom: map?.querySelector(':scope > g')?.getAttribute('transform') ?? null,
        href: location.pathname + location.search,
      })
      requestAnimationFrame(sample)
    }
    requestAnimationFrame(sample)
  }, says)
  return () => page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames)
}

/** The frames from the first one with content on; none if content never appeared. */
const withContent = (frames: Frame[]) => {
  const first = frames.findIndex((f) => f.content)
  return first < 0 ? [] : frames.slice(first)
}

/**
 * Once content appeared, no frame was blank, and every frame that showed a view showed the asked-for
 * one: the prerendered default view is held back until the query applies. Returns the frames from then on.
 */
function expectOnlyTheAskedView(frames: Frame[], asAsked: (f: Frame) => boolean): Frame[] {
  const seen = withContent(frames)
  expect(seen.length, 'no frame with content').toBeGreaterThan(0)
  expect(
    seen.filter((f) => !f.content),
    'frames with nothing in #root after content appeared',
  ).toEqual([])
  const visible = seen.filter((f) => f.viewShown)
  expect(visible.length, 'the view never showed').toBeGreaterThan(0)
  expect(
    visible.filter((f) => !asAsked(f)).map((f) => f.says),
    'frames that showed another view',
  ).toEqual([])
  return seen
}

test('an old view link opened cold shows the cobalt layer with its zoom from its first frame with a view, and stays there; no frame is blank once content has appeared, and the address never loses the view', async ({
  page,
}) => {
  const frames = await recordFrames(page, '.map-legend')
  const asked = '/?mineral=cobalt&zk=2&zx=-600&zy=-300'
  const landed = '/map/cobalt?zk=2&zx=-600&zy=-300'
  await page.goto(asked)
  await expect(page).toHaveURL(new RegExp(`${landed.replace(/[?]/g, '\\?')}$`))
  await expect(page.locator('.map-legend')).toContainText('Cobalt')
  // A few more frames after the move, in which nothing may change back.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)))
  // Moving to the layer's address keeps the page as it is: the view stays the asked-for one.
  const seen = expectOnlyTheAskedView(
    await frames(),
    (f) => f.says.includes('Cobalt') && f.zoom === 'translate(-600,-300) scale(2)',
  )
  expect([...new Set(seen.map((f) => f.href))].filter((h) => h !== asked && h !== landed)).toEqual([])
})

test('a filtered timeline link opened cold shows the filtered timeline in every frame that shows a view', async ({
  page,
}) => {
  const frames = await recordFrames(page, '[data-testid="timeline-caption"]')
  const caption = page.getByTestId('timeline-caption')
  await page.goto('/timeline')
  const unfiltered = (await caption.textContent()) ?? ''
  await page.goto('/timeline?type=ceasefire')
  await expect(caption).not.toHaveText(unfiltered)
  const filtered = (await caption.textContent()) ?? ''
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)))
  expectOnlyTheAskedView(await frames(), (f) => f.says === filtered)
})
