import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SmallChart } from '../../../src/components/SmallChart'
import type { UsgsValue } from '../../../src/data/schema'

const v = (value: number | null, raw = value === null ? 'NA' : String(value)): UsgsValue => ({
  value,
  status: value === null ? 'not-available' : 'reported',
  raw,
})

/** The line's pen-down runs as [x, y] points: a new run at each M. */
function runs(svg: string): Array<Array<[number, number]>> {
  const d = /<path d="([^"]*)" class="line"/.exec(svg)?.[1] ?? ''
  return d
    .split('M')
    .filter(Boolean)
    .map((run) =>
      run
        .replace(/Z$/, '')
        .split('L')
        .map((p) => p.split(',').map(Number) as [number, number]),
    )
}

describe(SmallChart, () => {
  it('breaks the line at years without figures and keeps a dot for each year with one', () => {
    const series = [v(10), v(null), v(20), v(30), v(null, 'W')].map((value, i) => ({ year: String(2020 + i), value }))
    const svg = renderToStaticMarkup(<SmallChart title="Production" unit="t" series={series} />)
    // x: 2020…2024 at 40, 95, 150, 205, 260; y: 0…35 (30 × 1.1, made nice) onto 98…12.
    expect(runs(svg)).toEqual([
      [[40, 73.4]],
      [
        [150, 48.9],
        [205, 24.3],
      ],
    ])
    expect(svg.match(/<circle/g)).toHaveLength(3)
    expect(svg).toContain('aria-label="Production: 2020 10; 2021 not available; 2022 20; 2023 30; 2024 not available"')
  })

  it('draws one unbroken line when every year has a figure', () => {
    const series = [v(50), v(40), v(60)].map((value, i) => ({ year: String(2023 + i), value }))
    const out = runs(renderToStaticMarkup(<SmallChart title="Share" unit="%" series={series} percent />))
    // A percent chart runs 0…100 onto 98…12: 50% is at 55.
    expect(out).toEqual([
      [
        [40, 55],
        [150, 63.6],
        [260, 46.4],
      ],
    ])
  })

  it('says so instead of drawing when the series has no figures', () => {
    const svg = renderToStaticMarkup(
      <SmallChart title="Reserves" unit="t" series={[{ year: '2025', value: v(null, 'W') }]} />,
    )
    expect(svg).not.toContain('<svg')
    expect(svg).toContain('USGS gives no figures for this series (2025: W).')
  })
})
