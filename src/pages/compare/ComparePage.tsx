import { useEffect, useMemo } from 'react'
import { CiteBlock } from '../../components/CiteBlock'
import { PageMeta } from '../../components/PageMeta'
import { useRouteExtra } from '../../lib/hooks/atlasContext'
import { useCompareBasket } from '../../lib/hooks/useCompareBasket'
import { useViewSearch } from '../../lib/hooks/useViewSearch'
import { useNavigate } from 'react-router'
import { addedDeal, comparePath, parseCompareParams, withAdded } from '../../lib/compareParams'
import '../../components/controls.css'
import { CompareChoosers } from './CompareChooser'
import type { CompareExtra } from './compareSummaries'
import { ConflictComparison } from './ConflictComparison'
import { DealComparison } from './DealComparison'
import './ComparePage.css'

/**
 * Two or three deals or conflicts side by side. The prerendered page is the chooser;
 * the query (`?deals=a,b` or `?conflicts=a,b`) picks what is compared, applied as
 * soon as the page's scripts run.
 */
export function Page() {
  const extra = useRouteExtra<CompareExtra>()
  const search = useViewSearch()
  const vocab = useMemo(
    () => ({ deals: extra.deals.map((d) => d.id), conflicts: extra.conflicts.map((c) => c.id) }),
    [extra],
  )
  const view = useMemo(() => parseCompareParams(new URLSearchParams(search), vocab), [search, vocab])
  const [basket, remember] = useCompareBasket()
  const navigate = useNavigate()
  const added = addedDeal(new URLSearchParams(search), vocab)
  useEffect(() => {
    if (added) void navigate(comparePath(withAdded(basket, 'deals', added)), { replace: true })
    else if (view.ids.length > 0) remember(view)
  }, [added, basket, navigate, view, remember])
  const names =
    view.kind === 'deals'
      ? view.ids.map((id) => extra.deals.find((d) => d.id === id)?.name ?? id)
      : view.ids.map((id) => extra.conflicts.find((c) => c.id === id)?.shortName ?? id)
  return (
    <div className="page compare-page">
      <PageMeta
        title={names.length > 0 ? `Compare: ${names.join(' · ')}` : 'Compare deals or conflicts'}
        description="Two or three deals or conflicts side by side: parties, dates, what each side gets, the minerals at stake with their USGS shares, provisions by term, status and expert stances."
      />
      <header className="page-header">
        <h1>{names.length > 0 ? names.join(' · ') : 'Compare deals or conflicts'}</h1>
        <p className="lede">
          Two or three deals or conflicts side by side: who signed, what each side gets, the minerals at stake with
          their USGS shares, the provisions lined up by term with what became of them, the status path and what experts
          say.
        </p>
      </header>
      {view.ids.length > 0 &&
        (view.kind === 'deals' ? (
          <DealComparison ids={view.ids} minerals={extra.dealMinerals} />
        ) : (
          <ConflictComparison conflicts={view.ids.flatMap((id) => extra.conflicts.filter((c) => c.id === id))} />
        ))}
      <h2 className="cmp-choose-h">{view.ids.length > 0 ? 'Change the comparison' : 'Choose what to compare'}</h2>
      <CompareChoosers view={view} deals={extra.deals} conflicts={extra.conflicts} />
      <CiteBlock path="/compare" title="Compare deals or conflicts" label="Cite or share this comparison" />
    </div>
  )
}
