import type { Conflict } from '../../data/schema'
import { useAtlas, useRootData } from '../../lib/hooks/atlasContext'
import { FrameFooter } from '../../components/frame/Frame'
import { FrameHead } from '../../components/frame/FrameHead'
import type { FrameText } from '../../components/frame/frameTypes'
import type { MapView } from '../../map/mapParams'
import { mapFrameTable, mapFrameText } from './mapFrame'
import type { MapPageModel } from './mapPageModel'

interface Props {
  model: MapPageModel
  view: MapView
  shown: readonly Conflict[]
}

function useMapFrameText({ model, view, shown }: Props): FrameText {
  const ix = useAtlas()
  const { latestEvent, meta } = useRootData()
  const text = mapFrameText(model, view, { latestEvent, checkedThrough: meta.sourcesCheckedThrough })
  return { ...text, data: () => mapFrameTable(ix, model, shown, view.date), citePath: text.pagePath }
}

/**
 * The world map's frame, inside the map's panel: title, subtitle, Download and
 * Share at its top; the panel (map, legend) is what the downloads draw.
 */
export function MapFrameHead({ titleAs, ...props }: Props & { titleAs?: 'p' | 'h1' }) {
  return <FrameHead text={useMapFrameText(props)} titleAs={titleAs} />
}

/** The credit line at the foot of the map's panel. */
export function MapFrameFooter(props: Props) {
  return <FrameFooter sources={useMapFrameText(props).sources} />
}
