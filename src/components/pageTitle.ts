/** A page's head as the prerender writes it and the browser keeps it. Pure. */
export interface HeadData {
  title: string
  description: string
}

export const SITE_NAME = 'Mineral Peace Atlas'

/** `Cobalt` → `Cobalt · Mineral Peace Atlas`; the home page's title is the atlas's name alone. */
export const fullTitle = (title: string): string => (title === SITE_NAME ? title : `${title} · ${SITE_NAME}`)
