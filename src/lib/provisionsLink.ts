/**
 * The provisions browser's address filtered by one term: what every term chip links
 * to. Apart from the browser's URL state so that a chip loads nothing more.
 */
import type { Term } from '../data/schema'

export const provisionsByTerm = (term: Term): string => `/provisions?term=${term}`
