import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { applyTransform } from '../../../src/map/applyTransform'

function map() {
  const { document } = new JSDOM('<svg><g></g></svg>').window
  const svg = document.querySelector('svg') as unknown as SVGSVGElement
  const g = document.querySelector('g') as unknown as SVGGElement
  return { svg, g }
}

describe('applyTransform', () => {
  it('writes a zoom on the group and its scale as --k', () => {
    const { svg, g } = map()
    applyTransform(svg, g, { k: 2.5, x: -100, y: -40 })
    expect(g.getAttribute('transform')).toBe('translate(-100,-40) scale(2.5)')
    expect(svg.style.getPropertyValue('--k')).toBe('2.5')
  })

  it('leaves an unzoomed map without either, so a page waking up unzoomed restyles nothing', () => {
    const { svg, g } = map()
    applyTransform(svg, g, { k: 1, x: 0, y: 0 })
    expect(g.hasAttribute('transform')).toBe(false)
    expect(svg.getAttribute('style')).toBeNull()
  })

  it('clears both when the map returns to the whole world', () => {
    const { svg, g } = map()
    applyTransform(svg, g, { k: 3, x: 10, y: 20 })
    applyTransform(svg, g, { k: 1, x: 0, y: 0 })
    expect(g.hasAttribute('transform')).toBe(false)
    expect(svg.style.getPropertyValue('--k')).toBe('')
  })

  it('keeps the scale at 1 for a pan of the whole world', () => {
    const { svg, g } = map()
    applyTransform(svg, g, { k: 1, x: 30, y: 0 })
    expect(g.getAttribute('transform')).toBe('translate(30,0) scale(1)')
    expect(svg.style.getPropertyValue('--k')).toBe('')
  })
})
