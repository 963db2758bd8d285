/**
 * The switches every headless Chromium of the tests and the benchmark runs with.
 *
 * Each new browser window makes Chromium start its address bar's pop-up, a page of
 * its own in a process of its own: 1.3–1.5 s of CPU, and 0.6 s more in the browser
 * process, with nothing to show in a headless run. On a two-core machine that
 * start-up shared the CPU with the pages under test. The pop-up is switched off here.
 *
 * Chromium reads one `--disable-features` only (the last), so the list keeps every
 * feature Playwright itself disables; tests/unit/scripts/chromium.test.ts fails when
 * Playwright's own list changes.
 */
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** The Chromium to run: $CHROMIUM_PATH, else Debian's, else Playwright's own browser; null when there is none. */
export function findChromium(): string | null {
  for (const c of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'])
    if (c && existsSync(c)) return c
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // Playwright has no browser of its own installed.
  }
  return null
}

/** The features Playwright 1.65 disables in the Chromium it launches. */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const

/** The address bar's pop-up and its AI Mode variant, both WebUI pages. */
export const WEBUI_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...WEBUI_POPUP_FEATURES].join(',')}`,
]
