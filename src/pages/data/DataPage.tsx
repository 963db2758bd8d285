import { Link } from 'react-router'
import { PageMeta } from '../../components/PageMeta'
import { CiteBlock } from '../../components/CiteBlock'
import { useAtlas, useRouteExtra } from '../../lib/hooks/atlasContext'
import { formatDate } from '../../lib/format'
import '../../components/data-table.css'
import './DataPage.css'
import { assetUrl } from '../../lib/site'
import { changeLine } from '../../data/corrections'
import type { DataPageExtra } from './dataModel'

/** What the dataset is, how it was built, its licence and version, downloads and changelog. */
export function Page() {
  const d = useAtlas().data
  const { counts, tables, schemas } = useRouteExtra<DataPageExtra>()
  return (
    <div className="page page--narrow prose data-page">
      <PageMeta
        title="Data"
        description="Download the Mineral Peace Atlas dataset as JSON or CSV, with JSON Schemas, a Frictionless data package, its licence, changelog and how to cite it."
      />
      <h1>The data</h1>
      <p className="lede">
        Version {d.meta.version}, data as of {formatDate(d.meta.released)}. {d.meta.license}
      </p>
      <ul className="counts">
        {counts.map(([label, n]) => (
          <li key={label}>
            <strong>{n}</strong> {label}
          </li>
        ))}
      </ul>
      <h2>What it covers and how it was built</h2>
      <p>
        The dataset starts from the Council on Foreign Relations article of 15 December 2025 on peace deals and critical
        minerals, and adds facts from primary texts, official statements, news reports and data releases: dates,
        signatories, provisions, what happened afterwards, site coordinates and the places where the article is wrong.
        Mineral figures are imported from the USGS Mineral Commodity Summaries 2026 tables by a script that keeps
        USGS&rsquo;s &ldquo;not available&rdquo; and &ldquo;withheld&rdquo; marks rather than turning them into zeros.
      </p>
      <p>
        Every record names its sources and a verification level: <strong>verified</strong> (seen in the cited source),{' '}
        <strong>secondary</strong> (seen only in a mirror, aggregator or copy) or <strong>unverified</strong> (no source
        confirms it). Every file is checked against the schema and across records before the site is built; a bad record
        fails the build with its file, JSON path and the rule it breaks.
      </p>
      <p>
        What became of each provision is a dated history of sourced statuses (not started, in progress, implemented,
        stalled, violated, reversed); a provision no source speaks of has no sourced status.{' '}
        <Link to="/provisions">Browse every provision across the deals</Link>, filter it and download the list.
      </p>
      <h2>Downloads</h2>
      <ul className="downloads" data-testid="downloads">
        <li>
          <a href={assetUrl(`data/atlas.json`)} download>
            Whole dataset, one JSON file
          </a>
        </li>
        <li>
          <a href={assetUrl(`data/datapackage.json`)}>Frictionless Data Package descriptor (datapackage.json)</a>
        </li>
        {tables.map((t) => (
          <li key={t.name}>
            <a href={assetUrl(`data/${t.name}.csv`)} download>
              {t.name}.csv
            </a>{' '}
            <span className="muted">— {t.description}</span>
          </li>
        ))}
        <li>
          JSON Schemas:{' '}
          {schemas.map((s, i) => (
            <span key={s}>
              {i > 0 && ', '}
              <a href={assetUrl(`data/schema/${s}.schema.json`)}>{s}</a>
            </span>
          ))}
        </li>
      </ul>
      <h2>CSV columns</h2>
      {tables.map((t) => (
        <details key={t.name}>
          <summary>{t.name}.csv</summary>
          <table className="data-table data-table--compact">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {t.columns.map((c) => (
                <tr key={c.name}>
                  <td>
                    <code>{c.name}</code>
                  </td>
                  <td>{c.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
      <h2>Changelog</h2>
      <ol className="changelog" data-testid="changelog">
        {[...d.changelog].reverse().map((c) => (
          <li key={c.version}>
            <strong>
              {c.version}, {formatDate(c.date)}
            </strong>
            <ul>
              {c.changes.map((x, i) => (
                <li key={i}>{changeLine(x)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <CiteBlock path="/data" title="Mineral Peace Atlas dataset" label="Cite the dataset" />
    </div>
  )
}
