import { useRef, useState } from 'react'
import type { FrameFormat, FrameText } from './frameTypes'
import { useCreditLines } from './useCreditLines'
import { Menu } from './Menu'
import { ShareMenu } from './ShareMenu'
import '../controls.css'
import './Frame.css'

const FORMATS: ReadonlyArray<{ id: FrameFormat; label: string }> = [
  { id: 'png', label: 'PNG image (2× screen)' },
  { id: 'png-social', label: 'PNG image, 1200 × 630 (social)' },
  { id: 'svg', label: 'SVG image (editable)' },
  { id: 'csv', label: 'Data shown (CSV)' },
]

/**
 * A frame's title, subtitle, Download and Share. The frame is the element
 * around it (a `Frame`, or a page's own panel). The exporters load on first click.
 */
export function FrameHead({
  text,
  titleId,
  titleAs: Title = 'p',
}: {
  text: FrameText
  titleId?: string
  /** The title's element: a heading where the frame is the page (an embed). */
  titleAs?: 'p' | 'h1'
}) {
  const ref = useRef<HTMLDivElement>(null)
  const [status, setStatus] = useState('')
  const footer = useCreditLines(text.sources)
  const download = async (format: FrameFormat) => {
    const frame = ref.current?.closest<HTMLElement>('[data-frame]') ?? ref.current?.parentElement
    if (!frame) return
    setStatus('Preparing the download…')
    try {
      const { downloadFrame } = await import('./exportFrame')
      await downloadFrame(frame, { ...text, footer }, format)
      setStatus('Downloaded')
    } catch {
      setStatus('The download failed in this browser')
    }
  }
  return (
    <div className="frame__head" ref={ref} data-frame-part="head">
      <div>
        <Title className="frame__title" id={titleId}>
          {text.title}
        </Title>
        <p className="frame__subtitle">{text.subtitle}</p>
      </div>
      <div className="frame__toolbar">
        <Menu label="Download" testId="download-menu">
          {(close) =>
            FORMATS.filter((f) => f.id !== 'csv' || text.data).map((f) => (
              <button
                key={f.id}
                type="button"
                data-format={f.id}
                onClick={() => {
                  close()
                  void download(f.id)
                }}
              >
                {f.label}
              </button>
            ))
          }
        </Menu>
        <ShareMenu title={text.title} embedPath={text.embedPath} citePath={text.citePath} />
        <span role="status" className="frame__status">
          {status}
        </span>
      </div>
    </div>
  )
}
