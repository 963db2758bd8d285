/**
 * How pages reach their data: the route's loader data (embedded in the prerendered
 * page, fetched as static JSON on navigation), indexed once per page. No page or
 * component imports the dataset.
 */
import { createContext, useContext, useMemo, type ComponentType } from 'react'
import { useLoaderData, useRouteLoaderData } from 'react-router'
import type { DatasetIndex } from '../../data/selectors'
import { indexSlice } from '../../data/slice'
import { isNotFound, type CatalogueEntry, type PageRouteData, type RootData } from '../../data/routeData'

interface PageContext {
  ix: DatasetIndex
  extra: unknown
  /** Set when the address names no record: what to suggest instead. */
  catalogue: CatalogueEntry[] | null
}

const Context = createContext<PageContext | null>(null)

export function useRootData(): RootData {
  const root = useRouteLoaderData('root') as RootData | undefined
  if (!root) throw new Error('the root route has no data')
  return root
}

/** The index of the current page's records. */
export function useAtlas(): DatasetIndex {
  const ctx = useContext(Context)
  if (!ctx) throw new Error('useAtlas() outside a route page')
  return ctx.ix
}

/** The page's data beyond its records (shapes, positions), as its route built it. */
export function useRouteExtra<E>(): E {
  const ctx = useContext(Context)
  if (!ctx) throw new Error('useRouteExtra() outside a route page')
  return ctx.extra as E
}

/** The catalogue of pages when the address names no record, else null. */
export function useNotFoundCatalogue(): CatalogueEntry[] | null {
  return useContext(Context)?.catalogue ?? null
}

/** Provides a page's data to the tree below: used by the route wrapper and by render tests. */
export function AtlasProvider({ value, children }: { value: PageContext; children: React.ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>
}

const wrapped = new WeakMap<ComponentType, ComponentType>()

/**
 * Wraps a page so that it renders against its route's data. One wrapper per page:
 * routes that share a page (the home map and its layers) share the component, so
 * moving between them updates the page in place instead of mounting it afresh.
 */
export function withRouteData(Page: ComponentType): ComponentType {
  let RoutePage = wrapped.get(Page)
  if (!RoutePage) {
    RoutePage = routePage(Page)
    wrapped.set(Page, RoutePage)
  }
  return RoutePage
}

function routePage(Page: ComponentType): ComponentType {
  return function RoutePage() {
    const data = useLoaderData() as PageRouteData
    const { meta } = useRootData()
    const value = useMemo<PageContext>(
      () =>
        isNotFound(data)
          ? { ix: indexSlice(meta, {}), extra: null, catalogue: data.catalogue }
          : { ix: indexSlice(meta, data.slice), extra: data.extra, catalogue: null },
      [data, meta],
    )
    return (
      <AtlasProvider value={value}>
        <Page />
      </AtlasProvider>
    )
  }
}
