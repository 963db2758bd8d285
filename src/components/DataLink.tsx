import { assetUrl } from '../lib/site'

import './DataLink.css'
/** "Data for this page": the static JSON endpoint built with the site. */
export function DataLink({ path }: { path: string }) {
  return (
    <p className="data-link">
      <a href={assetUrl(path)} type="application/json">
        Data for this page (JSON)
      </a>
    </p>
  )
}
