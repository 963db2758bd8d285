import { defineConfig, devices } from '@playwright/test'

// scripts/run-e2e.mjs finds a Chromium and passes it here; Playwright's own browser otherwise.
const executablePath = process.env.ATLAS_CHROMIUM || undefined
const PORT = 4173

export default defineConfig({
  testDir: 'tests/e2e',
  // Artifacts go to a folder of their own: Playwright empties it, and test-results/ also holds the unit report.
  outputDir: 'test-results/playwright',
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
