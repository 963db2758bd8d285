import { createContext, useContext, useEffect } from 'react'
import { fullTitle, type HeadData } from './pageTitle'

export type { HeadData }

/** Filled while prerendering: the page's head, read back by the prerender script. */
export const HeadContext = createContext<((head: HeadData) => void) | null>(null)

/**
 * A page's title and description. When prerendering it records them
 * for the <head> the build writes; in the browser it keeps document.title and the
 * description current as the reader moves between pages. It renders nothing, so
 * hydration never meets head elements inside the page.
 */
export function PageMeta({ title, description }: HeadData) {
  const record = useContext(HeadContext)
  record?.({ title, description })
  useEffect(() => {
    document.title = fullTitle(title)
    document.querySelector('meta[name="description"]')?.setAttribute('content', description)
  }, [title, description])
  return null
}
