/**
 * The browser's react-router routes, made from the route table. A page's data
 * comes embedded in its prerendered HTML on the first load (hydration) and as
 * the static JSON file beside its HTML on every later navigation, fetched once
 * and cached. An address with no data file is a not-found page.
 */
import type { LoaderFunctionArgs, RouteObject } from 'react-router'
import { Layout } from '../components/Layout'
import { inAppPath } from '../lib/site'
import { ROUTES } from '../routes'
import { withRouteData } from '../lib/hooks/atlasContext'
import {
  dataFileOf,
  NOT_FOUND_DATA_FILE,
  type EmbeddedData,
  type PageRouteData,
  type RootData,
} from '../data/routeData'

const cache = new Map<string, Promise<unknown>>()

function fetchJson<T>(url: string): Promise<T | null> {
  let p = cache.get(url)
  if (!p) {
    p = fetch(url).then((r) => (r.ok ? r.json() : null))
    // A failed request (offline) is not cached: the next navigation tries again.
    p.catch(() => cache.delete(url))
    cache.set(url, p)
  }
  return p as Promise<T | null>
}

/** The browser routes, with the embedded data of the first page pre-filled into the cache. */
export function browserRoutes(base: string, embedded: EmbeddedData | null): RouteObject[] {
  const root = base.replace(/\/?$/, '/')
  // The page's own data came with it. On 404.html (written for no path) it is the not-found data:
  // the address names nothing, so there is nothing to fetch for it.
  if (embedded) {
    const here = embedded.path ?? inAppPath(location.pathname)
    cache.set(root + dataFileOf(here), Promise.resolve(embedded))
  }
  const rootData: RootData | null = embedded?.root ?? null
  async function pageData(url: URL): Promise<EmbeddedData> {
    const own = await fetchJson<EmbeddedData>(root + dataFileOf(inAppPath(url.pathname)))
    if (own) return own
    const nf = await fetchJson<EmbeddedData>(root + NOT_FOUND_DATA_FILE)
    if (!nf) throw new Response('The atlas could not load this page; check the connection.', { status: 503 })
    return nf
  }
  return [
    {
      id: 'root',
      path: '/',
      element: <Layout />,
      loader: async ({ request }: LoaderFunctionArgs): Promise<RootData> =>
        rootData ?? (await pageData(new URL(request.url))).root,
      shouldRevalidate: () => false,
      children: ROUTES.map((r): RouteObject => ({
        id: r.id,
        ...(r.path === '/' ? { index: true } : { path: r.path.slice(1) || r.path }),
        loader: async ({ request }: LoaderFunctionArgs): Promise<PageRouteData> =>
          (await pageData(new URL(request.url))).route,
        // The data depends on the path only; a new query (a filter, a zoom) needs no fetch.
        shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
        lazy: async () => ({ Component: withRouteData((await r.page()).Page) }),
      })),
    },
  ]
}
