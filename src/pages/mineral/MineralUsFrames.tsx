import { Frame } from '../../components/frame/Frame'
import type { FrameTable } from '../../components/frame/frameTypes'
import { SmallChart } from '../../components/SmallChart'
import type { UsgsTable, UsgsValue } from '../../data/schema'

type Series = ReadonlyArray<{ year: string; value: UsgsValue }>

/** A series as a table. Pure. */
export function seriesTable(series: Series, unit: string): FrameTable {
  return {
    header: ['year', 'value', 'unit', 'usgs_cell'],
    rows: series.map((s) => [s.year, s.value.value, unit, s.value.raw]),
  }
}

/** "2021–2025 (2025 estimated)": the USGS marks an estimated year with an "e". */
function span(s: Series): string {
  const years = s.map((x) => x.year.replace(/e$/, ''))
  const estimated = s.filter((x) => x.year.endsWith('e')).map((x) => x.year.replace(/e$/, ''))
  const range = years.length > 1 ? `${years[0]}–${years.at(-1)}` : (years[0] ?? '')
  return estimated.length ? `${range} (${estimated.join(', ')} estimated)` : range
}
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const AS_GIVEN = 'as the USGS gives it (Mineral Commodity Summaries 2026, February 2026)'
const GAPS = 'Years the USGS gives no number for are gaps in the line.'

/**
 * The United States' position on a mineral, each series in its own self-credited
 * frame (title, what is shown and as of when, the USGS credit, Download and
 * Share): net import reliance and the first price series of the salient statistics.
 */
export function MineralUsFrames({ resource, table }: { resource: { id: string; name: string }; table: UsgsTable }) {
  const name = resource.name.toLowerCase()
  const credit = `U.S. Geological Survey, Mineral Commodity Summaries 2026: ${table.name}, salient statistics for the United States (public domain)`
  const nir = table.netImportReliance
  const charts = [
    {
      key: 'nir',
      title: `US net import reliance on ${name}, ${span(nir)}`,
      subtitle: `Net imports as a share of apparent US consumption (%), ${AS_GIVEN}. ${GAPS}`,
      unit: '% of apparent consumption',
      series: nir,
      percent: true,
    },
    ...table.prices.slice(0, 1).map((p) => ({
      key: `price-${p.form}`,
      // Some sheets put the whole price label in the form ("Price, annual average-real, …").
      title: `${resource.name}${/^price\b/i.test(p.form) ? ': ' : ' price, '}${p.form}, ${span(p.series)}`,
      subtitle: `${p.form.includes(p.unit) ? 'Figures' : capital(p.unit)}, ${AS_GIVEN}. ${GAPS}`,
      unit: p.unit,
      series: p.series,
      percent: false,
    })),
  ]
  return (
    <div className="small-charts">
      {charts.map((c) => (
        <Frame
          key={c.key}
          className="mineral-us-frame"
          text={{
            title: c.title,
            subtitle: c.subtitle,
            sources: [credit],
            fileName: `mineral-peace-atlas-${resource.id}-us-${c.key === 'nir' ? 'net-import-reliance' : 'price'}`,
            data: () => seriesTable(c.series, c.unit),
            embedPath: null,
            citePath: `/minerals/${resource.id}`,
          }}
        >
          <SmallChart title={c.title} unit={c.unit} series={c.series} percent={c.percent} bare />
        </Frame>
      ))}
    </div>
  )
}
