import { useState } from 'react'
import { CITATION_FORMATS, formatCitation, type CitationFormat, type CitationInput } from '../../lib/citation'
import { copyText } from './copyText'

/** The citation of a page or the dataset in every format, to copy or save. Loaded on first use. */
export function CitePanel({ input, onClose }: { input: CitationInput; onClose: () => void }) {
  const [format, setFormat] = useState<CitationFormat>('apa')
  const [status, setStatus] = useState('')
  const text = formatCitation(input, format)
  const file = CITATION_FORMATS.find((f) => f.id === format)?.file
  return (
    <div className="cite-panel" role="group" aria-label="Cite">
      <fieldset className="segmented cite-panel__formats">
        <legend className="visually-hidden">Citation format</legend>
        {CITATION_FORMATS.map((f) => (
          <label key={f.id}>
            <input
              type="radio"
              name="cite-format"
              value={f.id}
              checked={format === f.id}
              onChange={() => setFormat(f.id)}
            />
            <span>{f.label}</span>
          </label>
        ))}
      </fieldset>
      <textarea readOnly className="cite-panel__text" value={text} rows={file ? 8 : 3} aria-label="Citation" />
      <div className="cite-panel__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            void copyText(text).then((ok) =>
              setStatus(ok ? 'Citation copied' : 'Copy failed: select the text and copy'),
            )
          }
        >
          Copy
        </button>
        {file && (
          <a
            className="button button--small button--ghost"
            download={`mineral-peace-atlas.${file}`}
            href={`data:${format === 'csl' ? 'application/json' : 'text/plain'};charset=utf-8,${encodeURIComponent(text)}`}
          >
            Save .{file}
          </a>
        )}
        <button type="button" className="button button--small button--ghost" onClick={onClose}>
          Close
        </button>
        <span role="status" className="frame__status">
          {status}
        </span>
      </div>
    </div>
  )
}
