import { FrameFooter } from '../../components/frame/Frame'
import { ShareMenu } from '../../components/frame/ShareMenu'
import { PageMeta } from '../../components/PageMeta'
import { SourceNumbering } from '../../components/Sources'
import { AGREEMENT_TYPE_LABEL } from '../../lib/labels'
import { DealFacts } from '../deal/DealFacts'
import { DealStatusLine } from '../deal/DealStatusLine'
import { useDealPage } from '../deal/useDealPage'
import { RecordNotFound } from '../not-found/RecordNotFound'
import '../../components/Badges.css'
import '../deal/DealPage.css'
import './EmbedCard.css'

/** `/embed/deals/<id>`: a deal's card (name, status, facts, summary, credit), for other sites. */
export function Page() {
  const page = useDealPage()
  if (!page.found) return <RecordNotFound kind="deal" param="dealId" catalogue={page.catalogue} />
  const { model: m } = page
  const { deal, status, name, path } = m
  return (
    <SourceNumbering sources={m.sources}>
      <article className="embed-card deal-page" data-deal-id={deal.id} data-frame>
        <PageMeta title={`${name} (embed)`} description={m.description} />
        <div className="embed-card__head">
          <p className="eyebrow">
            {AGREEMENT_TYPE_LABEL[deal.type]}
            {deal.kind === 'event' && ' · key event'}
          </p>
          <ShareMenu title={name} embedPath={`/embed${path}`} citePath={path} />
        </div>
        <h1>{name}</h1>
        <DealStatusLine status={status} />
        <DealFacts model={m} />
        <p className="summary">{deal.summary}</p>
        <FrameFooter
          sources={[`the deal's ${m.sources.length} sources, each listed on its page in the Mineral Peace Atlas`]}
        />
      </article>
    </SourceNumbering>
  )
}
