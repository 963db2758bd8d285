// Runs the Playwright suite against the production build with a Chromium found on
// this machine: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium']
  for (const c of candidates) if (c && existsSync(c)) return c
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // Playwright has no browser of its own installed.
  }
  return null
}

const path = findChromium()
if (!path) {
  console.error(
    'No Chromium found: install Debian\'s (sudo apt-get install chromium), set CHROMIUM_PATH, or run "npx playwright install chromium".',
  )
  process.exit(1)
}
if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run "npm run build" first.')
  process.exit(1)
}
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ATLAS_CHROMIUM: path },
})
process.exit(r.status ?? 1)
