/**
 * USGS country names (as printed in the MCS 2026 world tables) → ISO 3166-1 alpha-3.
 * Explicit on purpose: `scripts/import-usgs.ts` fails on any name that is neither here nor
 * in `USGS_SKIPPED_NAMES`, so a new or respelled name is a visible decision, never a guess.
 * Spellings are exact, including USGS's curly apostrophe in "Côte d’Ivoire" (U+2019).
 */
export const USGS_COUNTRY_ISO3: Readonly<Record<string, string>> = {
  Argentina: 'ARG',
  Armenia: 'ARM',
  Australia: 'AUS',
  Austria: 'AUT',
  Bahrain: 'BHR',
  Bolivia: 'BOL',
  Brazil: 'BRA',
  Burma: 'MMR',
  Burundi: 'BDI',
  Canada: 'CAN',
  Chile: 'CHL',
  China: 'CHN',
  'Congo (Kinshasa)': 'COD',
  Cuba: 'CUB',
  'Côte d’Ivoire': 'CIV',
  Ethiopia: 'ETH',
  Gabon: 'GAB',
  Germany: 'DEU',
  Ghana: 'GHA',
  Greenland: 'GRL',
  Guatemala: 'GTM',
  Iceland: 'ISL',
  India: 'IND',
  Indonesia: 'IDN',
  Iran: 'IRN',
  Japan: 'JPN',
  Kazakhstan: 'KAZ',
  'Korea, North': 'PRK',
  'Korea, Republic of': 'KOR',
  Kyrgyzstan: 'KGZ',
  Laos: 'LAO',
  Madagascar: 'MDG',
  Malaysia: 'MYS',
  Mali: 'MLI',
  Mexico: 'MEX',
  Mongolia: 'MNG',
  Mozambique: 'MOZ',
  /** USGS footnote: "Overseas territory of France." ISO 3166-1 gives it its own code. */
  'New Caledonia': 'NCL',
  Nigeria: 'NGA',
  Norway: 'NOR',
  Pakistan: 'PAK',
  'Papua New Guinea': 'PNG',
  Peru: 'PER',
  Philippines: 'PHL',
  Poland: 'POL',
  Portugal: 'PRT',
  Russia: 'RUS',
  Rwanda: 'RWA',
  'Saudi Arabia': 'SAU',
  'South Africa': 'ZAF',
  Spain: 'ESP',
  'Sri Lanka': 'LKA',
  Sweden: 'SWE',
  Tajikistan: 'TJK',
  Tanzania: 'TZA',
  Thailand: 'THA',
  Turkey: 'TUR',
  Ukraine: 'UKR',
  'United Arab Emirates': 'ARE',
  'United Kingdom': 'GBR',
  'United States': 'USA',
  Uzbekistan: 'UZB',
  Vietnam: 'VNM',
  Zambia: 'ZMB',
  Zimbabwe: 'ZWE',
}

/** The rounded world total USGS prints at the foot of each table; imported into `world`. */
export const USGS_WORLD_NAMES: ReadonlySet<string> = new Set(['World total (rounded)'])

/** The remainder row ("Other" in the rare-earths table); imported into `other`. */
export const USGS_OTHER_NAMES: ReadonlySet<string> = new Set(['Other countries', 'Other'])

/** Names deliberately not imported as country rows: the aggregates above. */
export const USGS_SKIPPED_NAMES: ReadonlySet<string> = new Set([...USGS_WORLD_NAMES, ...USGS_OTHER_NAMES])
