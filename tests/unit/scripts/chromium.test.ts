import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES, WEBUI_POPUP_FEATURES } from '../../../scripts/chromium'

/** The features the installed Playwright disables, read from its bundle (`disabledFeatures = [...]`). */
function playwrightsDisabledFeatures(): string[] {
  const pkg = createRequire(import.meta.url).resolve('playwright-core/package.json')
  const bundle = join(dirname(pkg), 'lib', 'coreBundle.js')
  if (!existsSync(bundle)) throw new Error(`${bundle} is gone: check scripts/chromium.ts against Playwright by hand`)
  const text = readFileSync(bundle, 'utf8')
  const start = text.indexOf('disabledFeatures = [')
  if (start < 0) throw new Error(`${bundle} no longer lists disabledFeatures: check scripts/chromium.ts by hand`)
  const list = text.slice(start, text.indexOf(']', start)).replace(/\/\/.*$/gm, '')
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]!)
}

describe('the switches of the headless Chromium', () => {
  it('keep every feature the installed Playwright disables, since Chromium reads only the last list', () => {
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual(playwrightsDisabledFeatures().sort())
  })

  it('pass one list of disabled features, with the address bar pop-up in it', () => {
    const lists = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='))
    expect(lists).toHaveLength(1)
    const features = lists[0]!.slice('--disable-features='.length).split(',')
    for (const f of [...PLAYWRIGHT_DISABLED_FEATURES, ...WEBUI_POPUP_FEATURES]) expect(features).toContain(f)
  })
})
