import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deltaE, lightness, VISIONS } from './colour'

const css = readFileSync('src/styles/tokens.css', 'utf8')
const darkAt = css.indexOf('@media (prefers-color-scheme: dark)')

/** The value of a colour token in the light (`:root`) or the dark block of tokens.css. */
function token(name: string, scheme: 'light' | 'dark'): string {
  const block = scheme === 'light' ? css.slice(0, darkAt) : css.slice(darkAt)
  const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(block)
  if (!m) throw new Error(`no --${name} in the ${scheme} tokens`)
  return m[1]!
}

const classes = (scheme: 'light' | 'dark') => [0, 1, 2, 3, 4].map((i) => token(`seq-${i}`, scheme))

describe('the choropleth classes of the mineral layers', () => {
  it('darken in order in light mode and lighten in order in dark mode, in even visible steps', () => {
    const light = classes('light').map(lightness)
    const dark = classes('dark').map(lightness)
    for (let i = 1; i < 5; i++) {
      expect(light[i - 1]! - light[i]!, `light ${i}`).toBeGreaterThan(0.08)
      expect(dark[i]! - dark[i - 1]!, `dark ${i}`).toBeGreaterThan(0.08)
    }
  })

  for (const scheme of ['light', 'dark'] as const)
    it(`keep the lowest class apart from "not listed" and from plain land in ${scheme} mode, for every colour vision`, () => {
      const lowest = token('seq-0', scheme)
      for (const vision of VISIONS) {
        expect(deltaE(lowest, token('land-nodata', scheme), vision), `${vision} vs no data`).toBeGreaterThan(0.07)
        expect(deltaE(lowest, token('land', scheme), vision), `${vision} vs land`).toBeGreaterThan(0.07)
        const seq = classes(scheme)
        for (let i = 1; i < 5; i++)
          expect(deltaE(seq[i - 1]!, seq[i]!, vision), `${vision} class ${i}`).toBeGreaterThan(0.07)
      }
    })
})
