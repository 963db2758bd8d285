/** A frame's credit: its sources, the licence of the atlas's data and the address of the page. Pure. */
import { canonicalUrl } from '../../lib/site'

/** The credit lines every frame carries, on screen, in its downloads and on the social cards. */
export function creditLines(sources: readonly string[], licence: string, address: string): string[] {
  return [`Source: ${sources.join('; ')}.`, `${licence} Mineral Peace Atlas · ${address}`]
}

/** The credit lines of the frame of an in-app path, under the dataset's licence. */
export function creditLinesOf(sources: readonly string[], license: string, path: string): string[] {
  return creditLines(sources, license.replace(/\s*Quotations.*$/, ''), canonicalUrl(path).replace(/^https?:\/\//, ''))
}
