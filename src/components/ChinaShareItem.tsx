import type { ChinaShare } from '../data/schema'
import { formatShare } from '../lib/format'
import { VerificationTag } from './Badges'
import { Cite } from './Sources'
import './ShareBars.css'
import './ChinaShareItem.css'

/** One sourced figure of China's share of a stage of a mineral's supply chain. */
export function ChinaShareItem({ share: c }: { share: ChinaShare }) {
  return (
    <li className="china-share">
      <span className="china-share__bar" aria-hidden="true">
        <span className="bar bar--china" style={{ width: `${c.share}%` }} />
      </span>
      China&rsquo;s share of world {c.stage}:{' '}
      <strong>
        {c.qualifier !== 'exact' ? `${c.qualifier} ` : ''}
        {formatShare(c.share)}
      </strong>
      {c.year && ` (${c.year})`} {c.note && <span className="muted">{c.note}</span>}
      <Cite ids={c.sources} /> <VerificationTag level={c.verification} />
    </li>
  )
}
