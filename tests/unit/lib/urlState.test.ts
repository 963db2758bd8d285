import { describe, expect, it } from 'vitest'
import { pickMany, pickNumber, pickOne } from '../../../src/lib/urlState'

const sp = new URLSearchParams('a=x&a=b&n=12&n=3&m=1e999')

describe(pickOne, () => {
  it('pickOne(sp, key, allowed, fallback) takes the first allowed value', () => {
    expect(pickOne(sp, 'a', ['b', 'c'], 'c')).toBe('b')
    expect(pickOne(sp, 'zz', ['b'], null)).toBeNull()
  })
})

describe(pickMany, () => {
  it('pickMany(sp, key, allowed) keeps only allowed values', () => {
    expect(pickMany(sp, 'a', ['b', 'x', 'q'])).toEqual(['b', 'x'])
  })
})

describe(pickNumber, () => {
  it('pickNumber(sp, key, min, max) refuses out-of-range and non-finite numbers', () => {
    expect(pickNumber(sp, 'n', 0, 20)).toBe(12)
    expect(pickNumber(sp, 'n', 0, 5)).toBeNull()
    expect(pickNumber(sp, 'm', 0, Infinity)).toBeNull()
  })
})
