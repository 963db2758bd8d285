import { describe, expect, it } from 'vitest'
import { list, sourcedColumns } from '../../../src/data/exportColumns'

describe('exportColumns', () => {
  it('list(xs) joins with "; " and is empty for a missing list', () => {
    expect(list(['a', 'b'])).toBe('a; b')
    expect(list(undefined)).toBe('')
  })

  it('sourcedColumns(fact) reads the sources and verification of the fact inside a row', () => {
    const cols = sourcedColumns((r: { entry: { sources: string[]; verification: 'secondary' } }) => r.entry, 'Ids')
    const row = { entry: { sources: ['src-a', 'src-b'], verification: 'secondary' as const } }
    expect(cols.map((c) => [c.name, c.description, c.get(row)])).toEqual([
      ['sources', 'Ids', 'src-a; src-b'],
      ['verification', 'verified, secondary or unverified', 'secondary'],
    ])
  })
})
