import { describe, expect, it } from 'vitest'
import { byText } from '../../../src/lib/textOrder'

describe('byText', () => {
  it('orders names as an English reader does: accents and case do not move a name to the end', () => {
    expect(['Zimbabwe', 'cuba', 'Côte d’Ivoire', 'Åland', 'Chad'].sort(byText)).toEqual([
      'Åland',
      'Chad',
      'Côte d’Ivoire',
      'cuba',
      'Zimbabwe',
    ])
  })
})
