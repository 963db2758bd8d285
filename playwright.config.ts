import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium'

const executablePath = findChromium()
if (!executablePath) {
  console.error(
    'No Chromium found: install Debian\'s (sudo apt-get install chromium), set CHROMIUM_PATH, or run "npx playwright install chromium".',
  )
  process.exit(1)
}
// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'tests/e2e',
  // Artifacts go to a folder of their own: Playwright empties it, and test-results/ also holds the unit report.
  outputDir: 'test-results/playwright',
  // Most of a browser test is waiting (for the network to settle, for a frame): three share two cores well.
  workers: 3,
  // Tests are independent: the long files (the accessibility scans) spread over every worker.
  fullyParallel: true,
  retries: 0,
  // A test that opens several pages in steps, as several tests would, calls test.slow(): three times this.
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // A worker's tests share one browser context and page, reset between tests (tests/e2e/helpers.ts says
    // what is reset): a new context per test cost more CPU than most tests do.
    reuseContext: true,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
  webServer: {
    // gzip, not Brotli: Brotli at its best quality costs up to a second of CPU per page the first time it is
    // sent, and the tests read the pages, not their transfer sizes (`npm run bench` measures those with Brotli).
    command: `node scripts/serve.mjs --port ${PORT} --encodings gzip`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
