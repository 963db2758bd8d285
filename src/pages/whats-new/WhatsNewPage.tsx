import { useMemo } from 'react'
import { CiteBlock } from '../../components/CiteBlock'
import { Link } from 'react-router'
import { PageMeta } from '../../components/PageMeta'
import { CHANGE_KIND_LABEL, releaseAnchor } from '../../data/corrections'
import { FEED_KIND_LABEL } from '../../data/feed'
import { ATOM_FEED_FILE, JSON_FEED_FILE } from '../../data/feedFormat'
import { formatDate } from '../../lib/format'
import { useRouteExtra } from '../../lib/hooks/atlasContext'
import { assetUrl } from '../../lib/site'
import type { WhatsNewExtra } from './route'
import { whatsNewModel } from './whatsNewModel'
import './WhatsNewPage.css'

/** What changed in the atlas: corrections first and in the open, then releases, then status changes and new deals. */
export function Page() {
  const { entries } = useRouteExtra<WhatsNewExtra>()
  const m = useMemo(() => whatsNewModel(entries), [entries])
  return (
    <div className="page page--narrow whats-new">
      <PageMeta
        title="What's new"
        description="Every data release of the Mineral Peace Atlas, its corrections, and the status changes and new deals it records, newest first, with Atom and JSON feeds."
      />
      <header className="page-header">
        <h1>What&rsquo;s new</h1>
        <p className="lede">
          Data releases, the corrections they carry, and the status changes and new deals the atlas records, newest
          first. A status change or a deal carries the date of the event in the sources, not the day we added it; a
          release and its corrections carry the day of the release.
        </p>
        <p className="whats-new__feeds">
          Follow in a feed reader:{' '}
          <a href={assetUrl(ATOM_FEED_FILE)} type="application/atom+xml">
            Atom feed
          </a>{' '}
          ·{' '}
          <a href={assetUrl(JSON_FEED_FILE)} type="application/feed+json">
            JSON Feed
          </a>
        </p>
      </header>

      <section aria-labelledby="corrections-h">
        <h2 id="corrections-h">Corrections</h2>
        <p className="muted">
          When the atlas got something wrong, the release that fixed it says so, and the correction stays listed here.
        </p>
        {m.corrections.length === 0 ? (
          <p className="empty">No corrections so far.</p>
        ) : (
          <ul className="whats-new__corrections" data-testid="corrections">
            {m.corrections.map((c) => (
              <li key={c.anchor} id={c.anchor}>
                <p className="whats-new__meta">
                  <span className="whats-new__tag whats-new__tag--correction">Correction</span>{' '}
                  <a href={`#${releaseAnchor(c.version)}`}>version {c.version}</a>,{' '}
                  <time dateTime={c.date}>{formatDate(c.date)}</time>
                </p>
                <p>{c.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="releases-h">
        <h2 id="releases-h">Data releases</h2>
        {m.releases.map((r) => (
          <article key={r.version} id={r.anchor} className="whats-new__release">
            <h3>
              Version {r.version} · <time dateTime={r.date}>{formatDate(r.date)}</time>
            </h3>
            <ul>
              {r.changes.map((c, i) => (
                <li key={i} data-kind={c.kind}>
                  {c.correction ? (
                    <a href={`#${c.correction}`} className="whats-new__tag whats-new__tag--correction">
                      {CHANGE_KIND_LABEL.correction}
                    </a>
                  ) : (
                    <span className="whats-new__tag">{CHANGE_KIND_LABEL[c.kind]}</span>
                  )}{' '}
                  {c.text}
                </li>
              ))}
            </ul>
          </article>
        ))}
      </section>

      <section aria-labelledby="changes-h">
        <h2 id="changes-h">Status changes and new deals</h2>
        {m.months.map((mo) => (
          <section key={mo.month} aria-labelledby={`month-${mo.month}`} className="whats-new__month">
            <h3 id={`month-${mo.month}`}>{mo.label}</h3>
            <ul className="whats-new__changes">
              {mo.entries.map((e) => (
                <li key={e.key} className={`whats-new__change whats-new__change--${e.kind}`}>
                  <time dateTime={e.date}>{formatDate(e.date, 'day', true)}</time>
                  <span className={`whats-new__tag whats-new__tag--${e.kind}`}>{FEED_KIND_LABEL[e.kind]}</span>
                  <span>
                    <Link to={e.path}>{e.title}</Link> <span className="muted">{e.text}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <CiteBlock path="/whats-new" title="What's new" />
    </div>
  )
}
