import { describe, expect, it } from 'vitest'
import { findPlace } from '../../../src/map/findPlace'

const countries = [
  { iso3: 'COD', name: 'Dem. Rep. Congo' },
  { iso3: 'COG', name: 'Congo' },
  { iso3: 'NER', name: 'Niger' },
  { iso3: 'NGA', name: 'Nigeria' },
  { iso3: 'RWA', name: 'Rwanda' },
  { iso3: 'CIV', name: "Côte d'Ivoire" },
]

describe(findPlace, () => {
  it('offers a choice for a name several countries share, exact name first', () => {
    expect(findPlace('Congo', countries)).toEqual({
      kind: 'choices',
      options: [
        { iso3: 'COG', name: 'Congo' },
        { iso3: 'COD', name: 'Dem. Rep. Congo' },
      ],
    })
  })

  it('finds one country by name, prefix, code, common short name or without accents', () => {
    expect(findPlace('rwanda', countries)).toEqual({ kind: 'country', iso3: 'RWA' })
    expect(findPlace('Rwan', countries)).toEqual({ kind: 'country', iso3: 'RWA' })
    expect(findPlace('cog', countries)).toEqual({ kind: 'country', iso3: 'COG' })
    expect(findPlace('DRC', countries)).toEqual({ kind: 'country', iso3: 'COD' })
    expect(findPlace('cote divoire', countries)).toEqual({ kind: 'country', iso3: 'CIV' })
    // An exact name is meant, though another begins with it.
    expect(findPlace('Niger', countries)).toEqual({ kind: 'country', iso3: 'NER' })
  })

  it('goes to a region preset by its name', () => {
    expect(findPlace('Africa', countries)).toEqual({ kind: 'region', id: 'africa' })
    expect(findPlace('middle east', countries)).toEqual({ kind: 'region', id: 'middle-east' })
  })

  it('says when nothing matches', () => {
    expect(findPlace('Atlantis', countries)).toEqual({ kind: 'none' })
    expect(findPlace('  ', countries)).toEqual({ kind: 'none' })
  })
})
