import type { Agreement } from '../../data/schema'
import { FrameFooter } from '../../components/frame/Frame'
import { FrameHead } from '../../components/frame/FrameHead'
import { useRootData } from '../../lib/hooks/atlasContext'
import { TIMELINE_SOURCES, timelineFrameTable, timelineFrameText } from './timelineFrame'

/**
 * The timeline's frame: title, subtitle, Download and Share above the chart
 * (`FrameHead`), the credit below its legend (`TimelineFrameFooter`); the element
 * around both is what the downloads draw.
 */
export function TimelineFrameHead({
  items,
  matching,
  total,
  span,
  titleAs,
}: {
  titleAs?: 'p' | 'h1'
  items: readonly Agreement[]
  matching: number
  total: number
  span: { start: string; end: string }
}) {
  const { latestEvent, meta } = useRootData()
  const text = timelineFrameText({
    shown: items.length,
    matching,
    total,
    span,
    latestEvent,
    checkedThrough: meta.sourcesCheckedThrough,
  })
  return (
    <FrameHead text={{ ...text, sources: TIMELINE_SOURCES, data: () => timelineFrameTable(items) }} titleAs={titleAs} />
  )
}

export function TimelineFrameFooter() {
  return <FrameFooter sources={TIMELINE_SOURCES} />
}
