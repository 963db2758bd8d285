// Takes screenshots of the built atlas at desktop and phone widths, light and dark,
// for reviewing the design: node scripts/screenshots.mjs [path …]. Needs a server on :4173.
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173'
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/']
const widths = (process.env.WIDTHS ?? '1280,390').split(',').map(Number)
const schemes = (process.env.SCHEMES ?? 'light').split(',')
const out = process.env.OUT ?? '.screenshots'
mkdirSync(out, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
for (const scheme of schemes) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: scheme })
    for (const p of paths) {
      await page.goto(base + p, { waitUntil: 'networkidle' })
      await page.waitForTimeout(300)
      const name = `${out}/${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`
      if (process.env.SLICES) {
        // Viewport-sized slices down the page, easier to read than one tall image.
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        const vh = page.viewportSize()?.height ?? 900
        const n = Math.min(Number(process.env.SLICES), Math.ceil(height / vh))
        for (let i = 0; i < n; i++) {
          await page.evaluate((y) => window.scrollTo(0, y), i * vh)
          await page.waitForTimeout(100)
          const slice = name.replace(/\.png$/, `-${i}.png`)
          await page.screenshot({ path: slice })
          console.log(slice)
        }
      } else {
        await page.screenshot({ path: name, fullPage: process.env.FULL !== '0' })
        console.log(name)
      }
    }
    await page.close()
  }
}
await browser.close()
