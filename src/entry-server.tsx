/**
 * Renders one route to HTML for the prerender step (scripts/prerender.ts): the same
 * routes and components as the browser, through react-router's static rendering.
 */
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router'
import { HeadContext, type HeadData } from './components/PageMeta'
import { DATA } from './data/dataset'
import { routes } from './routes'

export { DATA }

export async function render(path: string, base = '/'): Promise<{ html: string; head: HeadData | null }> {
  const basename = base.replace(/\/$/, '') || '/'
  const handler = createStaticHandler(routes, { basename })
  const url = new URL(path === '/' ? basename : basename.replace(/\/$/, '') + path, 'http://atlas.local')
  const context = await handler.query(new Request(url))
  if (context instanceof Response) throw new Error(`unexpected redirect rendering ${path}`)
  const router = createStaticRouter(handler.dataRoutes, context)
  let head: HeadData | null = null
  const record = (h: HeadData) => {
    head = h
  }
  const html = renderToString(
    <StrictMode>
      <HeadContext.Provider value={record}>
        {/* hydrate={false}: no inline hydration script, so the CSP can forbid inline scripts. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </HeadContext.Provider>
    </StrictMode>,
  )
  return { html, head }
}
