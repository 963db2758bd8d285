import { useLayoutEffect } from 'react'
import { useHydrated } from './useHydrated'

/**
 * Shows the page's view once it is the one the address asks for. A page opened
 * with a query (a filter, a zoom) was prerendered in its default view; index.html
 * marks it `html[data-view=pending]`, which keeps that view hidden, and every page
 * reads the query in the first commit after hydration: the mark goes in that
 * commit, before the browser paints it.
 */
export function useRevealView(): void {
  const hydrated = useHydrated()
  useLayoutEffect(() => {
    if (hydrated) delete document.documentElement.dataset.view
  }, [hydrated])
}
