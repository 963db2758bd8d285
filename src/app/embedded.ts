/** Reading the data a prerendered page carries for hydration. */
import type { HydrationState } from 'react-router'
import { ROUTE_DATA_ELEMENT_ID, type EmbeddedData } from '../data/routeData'

/** The page's embedded route data, or null when it has none or it does not parse. */
export function readEmbeddedData(doc: Document): EmbeddedData | null {
  const text = doc.getElementById(ROUTE_DATA_ELEMENT_ID)?.textContent
  if (!text) return null
  try {
    return JSON.parse(text) as EmbeddedData
  } catch {
    return null
  }
}

/** The router's hydration state: the loader data of the root and of the page's route. */
export function hydrationDataOf(e: EmbeddedData): HydrationState {
  return { loaderData: { root: e.root, [e.routeId]: e.route } }
}

/** Embeds data in HTML as JSON that no `</script>` or comment opener in a string can end early. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
