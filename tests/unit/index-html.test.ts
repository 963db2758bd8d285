import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const html = readFileSync('index.html', 'utf8')
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''

/** Runs the page's inline script against an address; what it marks on <html>. */
function markFor(search: string): string | undefined {
  const dataset: Record<string, string> = {}
  new Function('location', 'document', inline[0]!)({ search }, { documentElement: { dataset } })
  return dataset.view
}

describe('the page shell (index.html)', () => {
  it('has one inline script, which its Content-Security-Policy allows by hash and nothing else inline', () => {
    expect(inline).toHaveLength(1)
    const hash = createHash('sha256').update(inline[0]!).digest('base64')
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1]?.split(' ')
    expect(scriptSrc).toEqual(["'self'", `'sha256-${hash}'`])
  })

  it('keeps the view hidden while a query waits for the scripts, and not for a bare address or campaign tags', () => {
    expect(markFor('?mineral=cobalt&zk=2')).toBe('pending')
    expect(markFor('?utm_source=news&type=ceasefire')).toBe('pending')
    expect(markFor('')).toBeUndefined()
    expect(markFor('?')).toBeUndefined()
    expect(markFor('?utm_source=news&utm_medium=email')).toBeUndefined()
  })
})

describe('the README', () => {
  it('gives the host the same Content-Security-Policy as the pages carry, with frame-ancestors', () => {
    const readme = readFileSync('README.md', 'utf8')
    const header = /^Content-Security-Policy: (default-src .+); frame-ancestors 'none'$/m.exec(readme)?.[1]
    expect(header).toBe(csp)
  })
})
