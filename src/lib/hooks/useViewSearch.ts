import { useSyncExternalStore } from 'react'
import { useLocation } from 'react-router'

const subscribe = () => () => undefined

/**
 * The URL's query as the view should read it: empty while the server renders and
 * while the client hydrates prerendered markup (which shows the default view of
 * its path), the real query from the first commit after. The view a shared link
 * asks for is thus applied right after hydration, in place, with no blank frame.
 */
export function useViewSearch(): string {
  const { search } = useLocation()
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  return hydrated ? search : ''
}
