import type { StakeBar } from '../data/selectors'
import { formatNumber, formatShare } from '../lib/format'
import './Badges.css'
import './ShareBars.css'

const describeCell = (b: StakeBar): string => {
  if (!b.cell) return 'not listed'
  switch (b.cell.status) {
    case 'not-available':
      return 'not available (NA)'
    case 'withheld':
      return 'withheld (W)'
    case 'included-in-world':
      return 'in world total only'
    default:
      return b.value === null ? '—' : formatNumber(b.value, 0)
  }
}

/** Horizontal bars of share of world, with the value and status of each USGS cell. */
export function ShareBars({ bars, unit, caption }: { bars: readonly StakeBar[]; unit: string; caption: string }) {
  return (
    <figure className="share-bars">
      <figcaption>{caption}</figcaption>
      <table>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Share of world</th>
            <th scope="col">Amount ({unit})</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.iso3} className={b.isParty ? 'is-party' : 'is-leader'}>
              <th scope="row">
                {b.label}
                {b.isLeader && <span className="tag">world leader</span>}
              </th>
              <td className="share-bars__bar">
                <span
                  className="bar"
                  style={{ width: `${Math.max(b.share ?? 0, 0.4)}%`, opacity: b.share === null ? 0.25 : 1 }}
                  aria-hidden="true"
                />
                <span className="share-bars__pct">{formatShare(b.share)}</span>
              </td>
              <td className="share-bars__value">{describeCell(b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
