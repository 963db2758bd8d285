/** The symbol of each kind of site, centred on 0,0 and about 10 units wide; one table for every map and legend. */
export const SITE_SYMBOL: Record<string, string> = {
  mine: 'M0,-5L5,0L0,5L-5,0Z',
  deposit: 'M0,-5L5,0L0,5L-5,0Z',
  venue: 'M-4,-4H4V4H-4Z',
  facility: 'M0,-5L5,4H-5Z',
  dam: 'M0,-5L5,4H-5Z',
  port: 'M0,-5L5,4H-5Z',
  city: 'M-3.5,0A3.5,3.5 0 1,0 3.5,0A3.5,3.5 0 1,0 -3.5,0',
}

export const siteSymbol = (kind: string): string => SITE_SYMBOL[kind] ?? (SITE_SYMBOL.city as string)
