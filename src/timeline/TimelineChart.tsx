import { useCallback, useRef, useState } from 'react'
import { useAtlas } from '../lib/hooks/atlasContext'
import { Timeline, type TimelineProps } from './Timeline'
import { TimelineTooltip, type TooltipAt } from './TimelineTooltip'
import '../components/tooltip.css'
import './TimelineChart.css'

/**
 * The timeline chart in its frame: the chart scrolls sideways inside the frame when
 * the window is narrow, while the tooltip sits on the frame itself, so the scroller
 * never clips it.
 */
export function TimelineChart(props: Omit<TimelineProps, 'onHover'>) {
  const ix = useAtlas()
  const frameRef = useRef<HTMLDivElement>(null)
  const [hover, setHover] = useState<({ id: string } & TooltipAt) | null>(null)
  const onHover = useCallback((id: string | null, x?: number, y?: number) => {
    const box = frameRef.current?.getBoundingClientRect()
    setHover(
      id && box && x !== undefined && y !== undefined
        ? { id, x: x - box.left, y: y - box.top, width: box.width, height: box.height }
        : null,
    )
  }, [])
  const hovered = hover ? ix.agreements.get(hover.id) : undefined
  return (
    <div className="timeline-frame" ref={frameRef}>
      <div className="timeline-wrap">
        <Timeline {...props} onHover={onHover} />
      </div>
      {hovered && hover && <TimelineTooltip item={hovered} at={hover} />}
    </div>
  )
}
