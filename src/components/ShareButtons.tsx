import { useState } from 'react'
import { canonicalUrl } from '../lib/site'
import { useHydrated } from '../lib/hooks/useHydrated'
import './controls.css'
import './ShareButtons.css'

/** "Copy link" (the canonical URL, with the selected provision) and the Web Share API where there is one. */
export function ShareButtons({ path, provision, title }: { path: string; provision: number | null; title: string }) {
  const [message, setMessage] = useState('')
  const url = canonicalUrl(path) + (provision !== null ? `#provision-${provision}` : '')
  // Only after hydration: the prerendered page cannot know whether the browser can share.
  const hydrated = useHydrated()
  const canShare = hydrated && typeof navigator.share === 'function'
  return (
    <div className="share" role="group" aria-label="Share">
      <button
        type="button"
        className="button"
        data-testid="copy-link"
        onClick={() => {
          const done = () => setMessage('Link copied')
          const fail = () => setMessage('Copy failed: select the address bar and copy')
          if (navigator.clipboard) navigator.clipboard.writeText(url).then(done, fail)
          else fail()
        }}
      >
        Copy link{provision !== null ? ` to provision ${provision}` : ''}
      </button>
      {canShare && (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => void navigator.share({ title, url }).catch(() => undefined)}
        >
          Share…
        </button>
      )}
      <span role="status" className="share__status" aria-live="polite">
        {message}
      </span>
    </div>
  )
}
