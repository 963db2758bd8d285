/** A page's head as the prerender writes it and the browser keeps it. Pure. */
export interface HeadData {
  title: string
  description: string
  /**
   * The id of the element the browser's first frame waits for (`<link rel="expect" blocking="render">`):
   * a page whose point is one large element, such as the world map, first paints with it whole,
   * rather than its header first and the element a frame or two later.
   */
  firstFrame?: string
}

export const SITE_NAME = 'Mineral Peace Atlas'

/** `Cobalt` → `Cobalt · Mineral Peace Atlas`; the home page's title is the atlas's name alone. */
export const fullTitle = (title: string): string => (title === SITE_NAME ? title : `${title} · ${SITE_NAME}`)
