/** What the conflict's locator frame says, on the page and on its social card. Pure. */

export const CONFLICT_MAP_SOURCES = [
  'shapes from Natural Earth 1:50m via world-atlas (de facto borders, no endorsement)',
  'sites and statuses from the Mineral Peace Atlas dataset, each with its sources on this page',
]

/** The credit of a card drawn on the world map (1:110m shapes) instead of a locator. */
export const WORLD_MAP_SOURCES = [
  'shapes from Natural Earth 1:110m via world-atlas (de facto borders, no endorsement)',
  'signatories and statuses from the Mineral Peace Atlas dataset, each with its sources on this page',
]

/** "Latest sourced event 3 June 2026; sources checked through 4 July 2026." */
export const freshnessText = (latestEvent: string | null, checkedThrough: string, format: (d: string) => string) =>
  `${latestEvent ? `Latest sourced event ${format(latestEvent)}; s` : 'S'}ources checked through ${format(checkedThrough)}.`
