import { useParams } from 'react-router'
import { PageMeta } from '../../components/PageMeta'
import { useAtlas, useNotFoundCatalogue, useRouteExtra } from '../../lib/hooks/atlasContext'
import { useUrlState } from '../../lib/hooks/useUrlState'
import type { WorldCountry } from '../../map/worldPaths'
import { MineralMapFrame } from '../mineral/MineralMapFrame'
import { mineralModel } from '../mineral/mineralModel'
import { parseMineralParams, toMineralParams, type MineralView } from '../mineral/mineralParams'
import { RecordNotFound } from '../not-found/RecordNotFound'
import '../../map/WorldMap.css'
import '../mineral/MineralPage.css'

/** `/embed/minerals/<id>`: a mineral's map of shares in its frame (`?measure=production` for output), for other sites. */
export function Page() {
  const { mineralId = '' } = useParams()
  const ix = useAtlas()
  const catalogue = useNotFoundCatalogue()
  const extra = useRouteExtra<{ countries: WorldCountry[] }>()
  const [view] = useUrlState<MineralView>(parseMineralParams, toMineralParams)
  const m = mineralModel(ix, mineralId, view.measure)
  if (catalogue || !m) return <RecordNotFound kind="mineral" param="mineralId" catalogue={catalogue ?? []} />
  return (
    <>
      <PageMeta
        title={`${m.resource.name} ${view.measure} by country (embed)`}
        description={`Each country's share of world ${m.resource.name.toLowerCase()} ${view.measure} (USGS MCS 2026).`}
      />
      <MineralMapFrame model={m} measure={view.measure} countries={extra.countries} looks={m.looks} titleAs="h1" />
    </>
  )
}
