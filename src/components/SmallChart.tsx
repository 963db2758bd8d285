import { scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import type { UsgsValue } from '../data/schema'
import { formatNumber } from '../lib/format'
import './SmallChart.css'

const W = 280
const H = 120
const M = { top: 12, right: 20, bottom: 22, left: 40 }

/** A small labelled line chart of a USGS yearly series; NA and W years are gaps, and said so. */
export function SmallChart({
  title,
  unit,
  series,
  percent = false,
  bare = false,
}: {
  title: string
  unit: string
  series: ReadonlyArray<{ year: string; value: UsgsValue }>
  percent?: boolean
  /** Inside a frame, which gives the title and unit: the chart alone. */
  bare?: boolean
}) {
  const pts = series.map((s, i) => ({ i, year: s.year, v: s.value.value, raw: s.value.raw }))
  const vals = pts.flatMap((p) => (p.v === null ? [] : [p.v]))
  if (vals.length === 0) {
    return (
      <figure className={`small-chart${bare ? ' small-chart--bare' : ''}`}>
        {!bare && <figcaption>{title}</figcaption>}
        <p className="muted">
          USGS gives no figures for this series
          {pts.length ? ` (${pts.map((p) => `${p.year}: ${p.raw || 'NA'}`).join(', ')})` : ''}.
        </p>
      </figure>
    )
  }
  const x = scaleLinear()
    .domain([0, Math.max(pts.length - 1, 1)])
    .range([M.left, W - M.right])
  const max = Math.max(...vals)
  const y = scaleLinear()
    .domain([percent ? 0 : Math.min(0, ...vals), percent ? 100 : max * 1.1 || 1])
    .nice()
    .range([H - M.bottom, M.top])
  // NA and W years are gaps in the line: d3-shape lifts the pen over undefined points. One decimal is plenty.
  const r1 = (n: number) => Math.round(n * 10) / 10
  const d =
    line<(typeof pts)[number]>()
      .defined((p) => p.v !== null)
      .x((p) => r1(x(p.i)))
      .y((p) => r1(y(p.v ?? 0)))(pts) ?? ''
  return (
    <figure className={`small-chart${bare ? ' small-chart--bare' : ''}`}>
      {!bare && (
        <figcaption>
          {title} <span className="muted">({unit})</span>
        </figcaption>
      )}
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${title}: ${pts.map((p) => `${p.year} ${p.v === null ? 'not available' : formatNumber(p.v)}`).join('; ')}`}
      >
        {y.ticks(3).map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={M.left - 4} y={y(t) + 4} textAnchor="end" className="axis-label">
              {formatNumber(t, 1)}
            </text>
          </g>
        ))}
        {pts.map((p) => (
          <text key={p.year} x={x(p.i)} y={H - 6} textAnchor="middle" className="axis-label">
            {p.year}
          </text>
        ))}
        <path d={d} className="line" />
        {pts.map((p) => (p.v === null ? null : <circle key={p.year} cx={x(p.i)} cy={y(p.v)} r={3} className="dot" />))}
      </svg>
    </figure>
  )
}
