/**
 * The build's side of the route table, bundled for Node by `vite build --ssr`:
 * every page to prerender, the data of each (the same the browser fetches on
 * navigation), its HTML rendered by the same components, and its social card.
 * The dataset arrives parsed and checked through `virtual:atlas-data`.
 */
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import {
  StaticRouterProvider,
  createStaticHandler,
  createStaticRouter,
  matchRoutes,
  type RouteObject,
} from 'react-router'
import dataset from 'virtual:atlas-data'
import { withRouteData } from './lib/hooks/atlasContext'
import { rootData, notFoundData } from './app/buildData'
import type { EmbeddedData } from './data/routeData'
import { fillPath, type BuildContext, type RouteBuild } from './pages/routeTypes'
import { HeadContext, type HeadData } from './components/PageMeta'
import { Layout } from './components/Layout'
import { makeIndex } from './data/selectors'
import { isRegionShapes, type RegionShapes } from './map/locator'
import type { SocialCard } from './og/socialImage'
import { ROUTES } from './routes'
import { worldPathData } from './map/worldGeometry'
import { WorldPathsContext } from './map/worldPaths'

export const DATA = dataset

const regionFiles = import.meta.glob<{ default: unknown }>('./generated/regions/*.json', { eager: true })
const regions = new Map<string, RegionShapes>()
for (const mod of Object.values(regionFiles))
  if (isRegionShapes(mod.default)) regions.set(mod.default.conflict, mod.default)

const worldPaths = worldPathData()

/** The world map's paths by key, for `map/world-shapes.json` (fetched by a map mounted after client navigation). */
export const worldShapes = (): Record<string, string> => Object.fromEntries(worldPaths)

const ctx: BuildContext = { ix: makeIndex(dataset), region: (id) => regions.get(id) ?? null }
const builds = new Map<string, RouteBuild>(
  await Promise.all(ROUTES.map(async (r) => [r.id, (await r.build()).route] as const)),
)
const pages = new Map(await Promise.all(ROUTES.map(async (r) => [r.id, (await r.page()).Page] as const)))
const build = (id: string): RouteBuild => {
  const b = builds.get(id)
  if (!b) throw new Error(`route "${id}" has no build`)
  return b
}

/** Every page to prerender: its route, in-app path and page module. */
export function prerenderedPages(): Array<{ routeId: string; path: string; module: string }> {
  return ROUTES.filter((r) => r.path !== '*').flatMap((r) =>
    build(r.id)
      .paths(ctx.ix)
      .map((params) => ({ routeId: r.id, path: fillPath(r.path, params), module: r.module })),
  )
}

/** The page module of the catch-all route, for 404.html. */
export const notFoundModule = ROUTES.find((r) => r.path === '*')?.module ?? ''

const root = rootData(ctx.ix)
const notFound = notFoundData(ctx.ix)

const matchable: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    children: ROUTES.map((r) => ({
      id: r.id,
      path: r.path === '/' ? undefined : r.path.slice(1),
      index: r.path === '/',
    })) as RouteObject[],
  },
]

/** The route an in-app path matches (the catch-all's id when none does) and its params. */
function matchPage(path: string): { routeId: string; params: Record<string, string> } {
  const matches = matchRoutes(matchable, path) ?? []
  const leaf = matches[matches.length - 1]
  const params = Object.fromEntries(
    Object.entries(leaf?.params ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
  )
  return { routeId: leaf?.route.id ?? 'not-found', params }
}

/**
 * The data of an in-app path: the route it matches and that route's data, or the
 * not-found data (with `route` still naming the route the path matched) when the
 * path names no record.
 */
export function dataOf(path: string): EmbeddedData & { found: boolean } {
  const { routeId, params } = matchPage(path)
  const data = routeId === 'root' ? null : build(routeId).data(ctx, params)
  return {
    path,
    routeId,
    root,
    route: data ?? notFound,
    found: data !== null && routeId !== 'not-found',
  }
}

/** The social card of a path, for pages that have one of their own. */
export function cardOf(path: string): SocialCard | null {
  const { routeId: id, params } = matchPage(path)
  if (id === 'root' || id === 'not-found') return null
  return build(id).card?.(ctx, params) ?? null
}

/** Renders a page from its data, through the same routes and components as the browser. */
export async function render(
  path: string,
  data: EmbeddedData,
  base = '/',
): Promise<{ html: string; head: HeadData | null }> {
  const basename = base.replace(/\/$/, '') || '/'
  const routes: RouteObject[] = [
    {
      id: 'root',
      path: '/',
      element: <Layout />,
      loader: () => data.root,
      children: ROUTES.map((r) => {
        const Page = pages.get(r.id)
        return {
          id: r.id,
          ...(r.path === '/' ? { index: true } : { path: r.path.slice(1) || r.path }),
          loader: () => data.route,
          Component: Page ? withRouteData(Page) : undefined,
        } as RouteObject
      }),
    },
  ]
  const handler = createStaticHandler(routes, { basename })
  const url = new URL(path === '/' ? basename : basename.replace(/\/$/, '') + path, 'http://atlas.local')
  const context = await handler.query(new Request(url))
  if (context instanceof Response) throw new Error(`unexpected redirect rendering ${path}`)
  const router = createStaticRouter(handler.dataRoutes, context)
  let head: HeadData | null = null
  const html = renderToString(
    <StrictMode>
      <HeadContext.Provider value={(h) => (head = h)}>
        <WorldPathsContext.Provider value={worldPaths}>
          {/* hydrate={false}: the data travels as a JSON block instead, so the CSP can forbid inline scripts. */}
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </WorldPathsContext.Provider>
      </HeadContext.Provider>
    </StrictMode>,
  )
  return { html, head }
}
