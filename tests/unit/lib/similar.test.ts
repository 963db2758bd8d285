import { describe, expect, it } from 'vitest'
import { closestMatches, editDistance } from '../../../src/lib/similar'

describe(closestMatches, () => {
  const items = [
    { id: 'drc-rwanda', name: 'DRC–Rwanda' },
    { id: 'russia-ukraine', name: 'Russia–Ukraine' },
    { id: 'israel-iran', name: 'Israel–Iran' },
  ]
  it('closestMatches(query, items) suggests the conflict a typo meant', () => {
    expect(closestMatches('drc-rwnda', items, (c) => [c.id, c.name])[0]?.id).toBe('drc-rwanda')
    expect(closestMatches('ukraine', items, (c) => [c.id, c.name])[0]?.id).toBe('russia-ukraine')
  })
  it('closestMatches(query, items) suggests nothing for nonsense', () => {
    expect(closestMatches('zzzzzzzz', items, (c) => [c.id, c.name])).toEqual([])
  })
})

describe(editDistance, () => {
  it('editDistance(a, b) counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })
})
