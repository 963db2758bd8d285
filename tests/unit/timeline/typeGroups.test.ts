import { describe, expect, it } from 'vitest'
import { AGREEMENT_TYPES } from '../../../src/data/vocab'
import { AGREEMENT_TYPE_LABEL } from '../../../src/lib/labels'
import { TYPE_GROUPS, collapseTypes, expandTypes, groupOf, groupState } from '../../../src/timeline/typeGroups'

const economic = TYPE_GROUPS.find((g) => g.id === 'economic')!

describe('TYPE_GROUPS', () => {
  it('puts every type of the vocabulary in exactly one group', () => {
    const all = TYPE_GROUPS.flatMap((g) => g.types)
    expect([...all].sort()).toEqual([...AGREEMENT_TYPES].sort())
  })
  it('groups MoUs, strategic partnerships and trade deals with the minerals deals', () => {
    for (const t of ['minerals-deal', 'mou', 'strategic-partnership', 'trade-deal', 'economic-deal'] as const)
      expect(groupOf(t).label, AGREEMENT_TYPE_LABEL[t]).toBe('Minerals, economic or trade deal')
  })
})

describe(expandTypes, () => {
  it('expandTypes(groups, types) unites whole groups with single types in vocabulary order', () => {
    expect(expandTypes(['ceasefire'], ['summit', 'ceasefire'])).toEqual(['ceasefire', 'summit'])
    expect(expandTypes(['economic'], [])).toEqual(
      economic.types.slice().sort((a, b) => AGREEMENT_TYPES.indexOf(a) - AGREEMENT_TYPES.indexOf(b)),
    )
  })
})

describe(collapseTypes, () => {
  it('collapseTypes(types) writes whole groups as groups and the rest as types', () => {
    expect(collapseTypes([...economic.types, 'summit'])).toEqual({ groups: ['economic'], types: ['summit'] })
    expect(collapseTypes(['mou'])).toEqual({ groups: [], types: ['mou'] })
  })
})

describe(groupState, () => {
  it('groupState(group, types) tells all, some or none', () => {
    expect(groupState(economic, economic.types)).toBe('all')
    expect(groupState(economic, ['mou'])).toBe('some')
    expect(groupState(economic, ['ceasefire'])).toBe('none')
  })
})
