import { useEffect, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { EMBED_HEIGHT_MESSAGE } from '../../lib/embedCode'
import { pageOfEmbed } from '../../lib/embedPaths'
import { assetUrl } from '../../lib/site'
import './EmbedShell.css'

/**
 * The chrome-less layout of `/embed/` pages: no site header, navigation or
 * footer, just the view and a link to open it in the atlas. It tells the page
 * that frames it how tall it is (`postMessage`), for the optional resize script.
 */
export function EmbedShell({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation()
  useEffect(() => {
    document.documentElement.classList.add('is-embed')
    if (window.parent === window) return
    const post = () =>
      window.parent.postMessage(
        { type: EMBED_HEIGHT_MESSAGE, height: Math.ceil(document.documentElement.scrollHeight) },
        '*',
      )
    const ro = new ResizeObserver(post)
    ro.observe(document.body)
    post()
    return () => ro.disconnect()
  }, [])
  return (
    <main
      id="main"
      className="embed"
      tabIndex={-1}
      // A link inside an embed opens the atlas in a new tab instead of inside the host's frame.
      onClickCapture={(e) => {
        const a = (e.target as Element).closest?.('a[href]')
        if (!(a instanceof HTMLAnchorElement) || a.target || a.hasAttribute('download')) return
        e.preventDefault()
        e.stopPropagation()
        window.open(a.href, '_blank', 'noopener')
      }}
    >
      {children}
      <p className="embed__open">
        <a href={assetUrl(pageOfEmbed(pathname) + search)} target="_blank" rel="noopener">
          Open in the atlas <span aria-hidden="true">↗</span>
        </a>
      </p>
    </main>
  )
}
