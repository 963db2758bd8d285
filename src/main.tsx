import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { routes } from './routes'
import './styles/tokens.css'
import './styles/base.css'

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/'

/**
 * Loads the code of the pages that match this address before the first render, so
 * hydration meets the same page the prerender wrote rather than a loading state.
 */
async function resolveLazyRoutes(list: RouteObject[]): Promise<void> {
  const matches = matchRoutes(list, location, basename) ?? []
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return
      Object.assign(route, await route.lazy(), { lazy: undefined })
    }),
  )
}
await resolveLazyRoutes(routes)
const router = createBrowserRouter(routes, { basename })
const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
)
// A prerendered page arrives with its markup in #root: hydrate it when it was rendered
// for this very address. A query string (a filtered view) or the shared 404.html means
// the markup shows something else, so render anew instead.
const base = import.meta.env.BASE_URL.replace(/\/$/, '')
const here = location.pathname.slice(base.length).replace(/(.)\/$/, '$1') || '/'
if (container.firstElementChild && container.dataset.prerendered === here && location.search === '')
  hydrateRoot(container, app)
else {
  container.textContent = ''
  createRoot(container).render(app)
}
