/**
 * The route table: every page of the atlas, stated once. The browser's router
 * (src/app/browserRoutes.tsx), the prerender, the sitemap and the social cards
 * (scripts/prerender.ts, through src/entry-server.tsx) are all derived from it.
 * Each entry names its page component (loaded on demand) and its build module,
 * which says at build time which pages the route has, the data of each and its
 * social card.
 */
import type { ComponentType } from 'react'
import type { RouteBuild, RouteDef } from './pages/routeTypes'

const PAGES = import.meta.glob<{ Page: ComponentType }>('./pages/*/*Page.tsx')
// The build modules run at build time only, in the server bundle: the browser's bundle leaves them out.
const BUILDS: Record<string, () => Promise<{ route: RouteBuild }>> = import.meta.env.SSR
  ? import.meta.glob<{ route: RouteBuild }>('./pages/*/*oute.ts')
  : {}
const browserHasNoBuild = () => Promise.reject(new Error('route build modules run at build time only'))

function entry(id: string, path: string, page: string, build: string): RouteDef {
  const pageKey = `./pages/${page}.tsx`
  const buildKey = `./pages/${build}.ts`
  const loadPage = PAGES[pageKey]
  const loadBuild = BUILDS[buildKey]
  if (!loadPage || (import.meta.env.SSR && !loadBuild))
    throw new Error(`route "${id}": no ${loadPage ? buildKey : pageKey}`)
  return { id, path, module: `src/pages/${page}.tsx`, page: loadPage, build: loadBuild ?? browserHasNoBuild }
}

export const ROUTES: readonly RouteDef[] = [
  entry('home', '/', 'map/MapPage', 'map/route'),
  entry('map-layer', '/map/:mineralId/:measure?', 'map/MapPage', 'map/layerRoute'),
  entry('conflicts', '/conflicts', 'conflicts/ConflictsPage', 'conflicts/route'),
  entry('scorecard', '/scorecard', 'scorecard/ScorecardPage', 'scorecard/route'),
  entry('conflict', '/conflicts/:conflictId', 'conflict/ConflictPage', 'conflict/route'),
  entry('deal', '/deals/:dealId', 'deal/DealPage', 'deal/route'),
  entry('provisions', '/provisions', 'provisions/ProvisionsPage', 'provisions/route'),
  entry('compare', '/compare', 'compare/ComparePage', 'compare/route'),
  entry('timeline', '/timeline', 'timeline/TimelinePage', 'timeline/route'),
  entry('minerals', '/minerals', 'minerals/MineralsPage', 'minerals/route'),
  entry('mineral', '/minerals/:mineralId', 'mineral/MineralPage', 'mineral/route'),
  entry('data', '/data', 'data/DataPage', 'data/route'),
  entry('search', '/search', 'search/SearchPage', 'search/route'),
  entry('about', '/about', 'about/AboutPage', 'about/route'),
  entry('whats-new', '/whats-new', 'whats-new/WhatsNewPage', 'whats-new/route'),
  // Chrome-less views for other sites to frame (see README, "Embedding").
  entry('embed-map', '/embed/map/:mineralId?/:measure?', 'embed/EmbedMapPage', 'embed/mapRoute'),
  entry('embed-deal', '/embed/deals/:dealId', 'embed/EmbedDealPage', 'embed/dealRoute'),
  entry('embed-conflict', '/embed/conflicts/:conflictId', 'embed/EmbedConflictPage', 'embed/conflictRoute'),
  entry('embed-timeline', '/embed/timeline', 'embed/EmbedTimelinePage', 'embed/timelineRoute'),
  entry('embed-mineral', '/embed/minerals/:mineralId', 'embed/EmbedMineralPage', 'embed/mineralRoute'),
  entry('not-found', '*', 'not-found/NotFoundPage', 'not-found/route'),
]
