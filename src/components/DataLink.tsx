import './DataLink.css'
/** "Data for this page": the static JSON endpoint built with the site. */
export function DataLink({ path }: { path: string }) {
  return (
    <p className="data-link">
      <a href={`${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`} type="application/json">
        Data for this page (JSON)
      </a>
    </p>
  )
}
