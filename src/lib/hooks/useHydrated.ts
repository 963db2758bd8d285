import { useSyncExternalStore } from 'react'

const subscribe = () => () => undefined

/**
 * False while the server renders and while the client hydrates prerendered HTML,
 * true after: for what only the browser knows (the URL's hash), so hydration
 * sees exactly the markup the server wrote.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
