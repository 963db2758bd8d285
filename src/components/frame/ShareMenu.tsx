import { lazy, Suspense, useState, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { useRootData } from '../../lib/hooks/atlasContext'
import { canonicalUrl, assetUrl, SITE_URL } from '../../lib/site'
import { embedCode, embedHeight, EMBED_SCRIPT_FILE } from '../../lib/embedCode'
import type { CitationInput } from '../../lib/citation'
import { pageOfEmbed } from '../../lib/embedPaths'
import { copyText } from './copyText'
import { Menu } from './Menu'
import './Frame.css'

const CitePanel = lazy(() => import('./CitePanel').then((m) => ({ default: m.CitePanel })))

/** Today, as an ISO date, for "accessed". */
const today = () => new Date().toISOString().slice(0, 10)

/**
 * Share the view where it is: copy its link (with the query: layer, filters,
 * zoom), copy the code that embeds it, cite it; `extra` adds the frame's
 * downloads. The citation formats load on first use.
 */
export function ShareMenu({
  title,
  embedPath,
  citePath,
  kind = 'page',
  extra,
}: {
  title: string
  /** The in-app path of the view's embed, when it has one. */
  embedPath?: string | null
  /** What Cite cites (the page, without the view's query). */
  citePath: string
  kind?: CitationInput['kind']
  extra?: (close: () => void) => ReactNode
}) {
  const { pathname, search, hash } = useLocation()
  const { meta } = useRootData()
  const [status, setStatus] = useState('')
  const [citing, setCiting] = useState<CitationInput | null>(null)
  const copy = (text: string, what: string) =>
    void copyText(text).then((ok) => setStatus(ok ? `${what} copied` : 'Copy failed: select the address bar and copy'))
  const embedUrl = embedPath ? canonicalUrl(embedPath + search) : null
  return (
    <div className="share-menu">
      <Menu label="Share" testId="share-menu">
        {(close) => (
          <>
            <button
              type="button"
              onClick={() => (copy(canonicalUrl(pageOfEmbed(pathname) + search + hash), 'Link'), close())}
            >
              Copy link to this view
            </button>
            {embedUrl && embedPath && (
              <button
                type="button"
                data-testid="copy-embed"
                onClick={() => {
                  copy(
                    embedCode({
                      url: embedUrl,
                      title: `${title} · Mineral Peace Atlas`,
                      height: embedHeight(embedPath),
                      scriptUrl: SITE_URL + assetUrl(EMBED_SCRIPT_FILE),
                    }),
                    'Embed code',
                  )
                  close()
                }}
              >
                Copy embed code
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                setCiting({
                  title,
                  url: canonicalUrl(citePath),
                  kind,
                  version: meta.version,
                  released: meta.released,
                  checkedThrough: meta.sourcesCheckedThrough,
                  accessed: today(),
                })
                close()
              }}
            >
              Cite…
            </button>
            {extra?.(close)}
          </>
        )}
      </Menu>
      <span role="status" className="frame__status">
        {status}
      </span>
      {citing && (
        <Suspense fallback={<p className="muted">Loading the citation formats…</p>}>
          <CitePanel input={citing} onClose={() => setCiting(null)} />
        </Suspense>
      )}
    </div>
  )
}
