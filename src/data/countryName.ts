/** A country's short English name from its ISO alpha-3 code (the code itself when unknown). Pure. */
import { COUNTRIES } from './countries'

const ISO3_NAME = new Map(COUNTRIES.map(([iso3, , name]) => [iso3, name]))

export const countryName = (iso3: string): string => ISO3_NAME.get(iso3) ?? iso3
