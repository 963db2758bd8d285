import { lazy, Suspense } from 'react'
import type { CatalogueEntry } from '../../data/routeData'

/** Only a mistyped or outdated link needs it: the record pages load it then. */
const View = lazy(() => import('./RecordNotFoundView'))

/** The not-found page of a record page: what was asked for and the closest records of that kind. */
export function RecordNotFound(props: { kind: CatalogueEntry['kind']; param: string; catalogue: CatalogueEntry[] }) {
  return (
    <Suspense
      fallback={
        <p className="page muted" role="status">
          Looking for the closest matches…
        </p>
      }
    >
      <View {...props} />
    </Suspense>
  )
}
