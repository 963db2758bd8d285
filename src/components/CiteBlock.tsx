import { useState } from 'react'
import { useRootData } from '../lib/hooks/atlasContext'
import { formatDate } from '../lib/format'
import { canonicalUrl } from '../lib/site'
import { embedOfPage, hasEmbed } from '../lib/embedPaths'
import { ShareMenu } from './frame/ShareMenu'
import './controls.css'
import './CiteBlock.css'

/** "Cite this page": a permalink, the date of the data and a ready citation with a copy button. */
export function CiteBlock({ path, title, label = 'Cite this page' }: { path: string; title: string; label?: string }) {
  const url = canonicalUrl(path)
  const { meta } = useRootData()
  const citation = `Mineral Peace Atlas (${meta.released.slice(0, 4)}). “${title}”. Dataset version ${meta.version}, released ${formatDate(meta.released)}, sources checked through ${formatDate(meta.sourcesCheckedThrough)}. ${url}`
  const [copied, setCopied] = useState(false)
  return (
    <section className="cite-block" aria-labelledby="cite-heading">
      <h2 id="cite-heading">{label}</h2>
      <p className="cite-block__text">{citation}</p>
      <div className="cite-block__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(citation).then(() => setCopied(true))
          }}
        >
          {copied ? 'Citation copied' : 'Copy citation'}
        </button>
        <ShareMenu
          title={title}
          citePath={path}
          embedPath={hasEmbed(path) ? embedOfPage(path) : null}
          kind={path === '/data' ? 'dataset' : 'page'}
        />
      </div>
      <span role="status" className="visually-hidden">
        {copied ? 'Citation copied to the clipboard' : ''}
      </span>
    </section>
  )
}
