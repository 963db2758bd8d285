import { Link } from 'react-router'
import { CiteBlock } from '../../components/CiteBlock'
import { PageMeta } from '../../components/PageMeta'
import { ExternalLink } from '../../components/ExternalLink'
import { useAtlas, useRootData } from '../../lib/hooks/atlasContext'
import { countWord, formatDate } from '../../lib/format'
import { aboutModel } from './aboutModel'

/** What the atlas is, how it is made and how far to trust it. */
export function Page() {
  const m = aboutModel(useAtlas(), useRootData())
  const seed = m.seed
  return (
    <div className="page page--narrow prose">
      <PageMeta
        title="About and methods"
        description="What the Mineral Peace Atlas covers, where its facts come from and how they are verified."
      />
      <h1>About the atlas</h1>
      <p className="lede">
        The Mineral Peace Atlas ties each peace deal to the minerals, money and access it trades, with every fact
        sourced. It is built for journalists, policy analysts, students and researchers.
      </p>
      <h2>What it covers</h2>
      <p>
        The starting point is{' '}
        {seed ? (
          <ExternalLink href={seed.url}>
            {seed.publisher}, &ldquo;{seed.title}&rdquo;
          </ExternalLink>
        ) : (
          'a CFR article of 15 December 2025'
        )}
        , on the conflicts of 2025 and the deals struck around them. The atlas covers {countWord(m.conflicts)}{' '}
        conflicts. For each, the atlas records the parties, the agreements and key events, what each side was promised,
        what happened afterwards, the resources at stake and what experts said. Its newest sourced event is dated{' '}
        {formatDate(m.latestEvent)}; the sources were checked through {formatDate(m.sourcesCheckedThrough)}, and this
        version was released on {formatDate(m.released)}.
      </p>
      <h2>How facts are checked</h2>
      <ul>
        <li>
          Every fact names its source: publisher, title, date and link. Pages number their sources and each claim points
          to them.
        </li>
        <li>
          Each fact carries a verification level. <strong>Verified</strong>: seen in a primary or first-hand source.{' '}
          <strong>Secondary source</strong>: seen only in a mirror, aggregator or copy, and tagged as such.{' '}
          <strong>Unverified</strong>: no source confirms it; the atlas shows it only when labelled, or leaves it out.
        </li>
        <li>
          Where the article and other sources disagree, the atlas records both, says which it follows and why, in the
          fact-check notes of each page.
        </li>
        <li>Quotations are verbatim and attributed; summaries are in our own words.</li>
        <li>
          Mineral figures come from the U.S. Geological Survey&rsquo;s Mineral Commodity Summaries 2026 (public domain),
          cited table by table. Figures given by governments or parties that USGS does not confirm are shown as claims.
        </li>
      </ul>
      <h2>Maps</h2>
      <p>
        Country shapes are Natural Earth&rsquo;s (via world-atlas), at 1:110m on the world map and 1:50m on conflict
        pages. Borders follow Natural Earth&rsquo;s de facto lines and are not an endorsement of any claim. Kosovo is
        drawn with the user-assigned code XKX. Corridors are drawn schematically between their sourced points.
      </p>
      <h2>Using the data</h2>
      <p>
        The whole dataset can be downloaded, with its schema and a citation, from the <Link to="/data">data page</Link>.
      </p>
      <CiteBlock path="/about" title="About and methods" />
    </div>
  )
}
