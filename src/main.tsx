import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from './app/reactDomClient'
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { browserRoutes } from './app/browserRoutes'
import { readEmbeddedData, hydrationDataOf } from './app/embedded'
import { BASE_PATH, inAppPath } from './lib/site'
import './styles/tokens.css'
import './styles/base.css'

/**
 * Loads the code of the pages that match this address before the first render, so
 * hydration meets the same page the prerender wrote rather than a loading state.
 */
async function resolveLazyRoutes(list: RouteObject[]): Promise<void> {
  const matches = matchRoutes(list, location, BASE_PATH) ?? []
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return
      Object.assign(route, await route.lazy(), { lazy: undefined })
    }),
  )
}

const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')
const embedded = readEmbeddedData(document)
const routes = browserRoutes(BASE_PATH, embedded)
await resolveLazyRoutes(routes)
// The prerendered markup was written for this path (with no query): hydrate it with the data it was
// rendered from. The view a query asks for is applied after hydration, without tearing the page down.
// 404.html is the one page written for any path: the browser renders the page asked for anew.
const prerenderedHere = embedded?.path !== undefined && embedded.path === inAppPath(location.pathname)
const router = createBrowserRouter(routes, {
  basename: BASE_PATH,
  hydrationData: prerenderedHere && embedded ? hydrationDataOf(embedded) : undefined,
})
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
)
if (prerenderedHere && container.firstElementChild) {
  // As a transition, hydration yields to the browser every few milliseconds instead of holding
  // the main thread for the whole page: the page keeps scrolling and answering while it wakes up.
  startTransition(() => {
    hydrateRoot(container, app)
  })
} else {
  // Keep what the page shows (404.html) until the asked-for page's data has arrived: no blank frame.
  if (!router.state.initialized)
    await new Promise<void>((resolve) => {
      const stop = router.subscribe((state) => {
        if (state.initialized) {
          stop()
          resolve()
        }
      })
    })
  container.textContent = ''
  createRoot(container).render(app)
}
