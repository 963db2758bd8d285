import { useId, type ReactNode } from 'react'
import type { FrameText } from './frameTypes'
import { FrameHead } from './FrameHead'
import { useCreditLines } from './useCreditLines'
import '../controls.css'
import './Frame.css'

/** The footer of a frame: sources, licence and the atlas's address, so that a screenshot credits itself. */
export function FrameFooter({ sources }: { sources: readonly string[] }) {
  const lines = useCreditLines(sources)
  return (
    <p className="frame__footer" data-frame-part="footer">
      {lines.map((l) => (
        <span key={l}>{l}</span>
      ))}
    </p>
  )
}

/**
 * A view that credits itself: title, subtitle (what is shown, as of when), the
 * view, its legend and a footer with the sources, the licence and the atlas's
 * address, with Download and Share at hand. A screenshot of the frame alone, a
 * download or an embed carries all of it. Pages that already have a panel put
 * `FrameHead` and `FrameFooter` inside it instead: the panel is then the frame.
 */
export function Frame({
  text,
  legend,
  children,
  className,
  titleAs,
}: {
  titleAs?: 'p' | 'h1'
  text: FrameText
  legend?: ReactNode
  children: ReactNode
  className?: string
}) {
  const id = useId()
  return (
    <figure className={`frame${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-t`} data-frame>
      <FrameHead text={text} titleId={`${id}-t`} titleAs={titleAs} />
      <div className="frame__body">{children}</div>
      {legend && <div className="frame__legend">{legend}</div>}
      <FrameFooter sources={text.sources} />
    </figure>
  )
}
