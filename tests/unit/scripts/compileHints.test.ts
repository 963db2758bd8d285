import { describe, expect, it } from 'vitest'
import { COMPILE_HINT, compileHints } from '../../../scripts/vite-plugin-compile-hints'

type Handler = (this: unknown, options: { format: string }, bundle: Record<string, unknown>) => void

function run(consumer: 'client' | 'server', bundle: Record<string, unknown>, format = 'es') {
  const hook = compileHints(100).generateBundle as { handler: Handler }
  hook.handler.call({ environment: { config: { consumer } } }, { format }, bundle)
  return bundle
}

const chunk = (code: string, mappings?: string, fileName = 'assets/a.js') => ({
  type: 'chunk',
  fileName,
  code,
  map: mappings === undefined ? null : { mappings },
})

describe('compileHints', () => {
  it('opens each large browser chunk with the hint and shifts its source map by the line it adds', () => {
    const code = 'const __vite__mapDeps=1;\n' + 'x'.repeat(200)
    const out = run('client', { 'big.js': chunk(code, 'AAAA;AACA') })['big.js'] as ReturnType<typeof chunk>
    expect(out.code).toBe(`${COMPILE_HINT}\n${code}`)
    expect(out.map?.mappings).toBe(';AAAA;AACA')
  })

  it('shifts a source map the bundler has already written out as an asset', () => {
    const bundle = run('client', {
      'assets/big.js': chunk('x'.repeat(200), undefined, 'assets/big.js'),
      'assets/big.js.map': { type: 'asset', source: JSON.stringify({ version: 3, mappings: 'AAAA' }) },
    })
    const map = bundle['assets/big.js.map'] as { source: string }
    expect(JSON.parse(map.source)).toEqual({ version: 3, mappings: ';AAAA' })
  })

  it('leaves small chunks, assets, server chunks and a chunk already marked as they are', () => {
    const marked = `${COMPILE_HINT}\n${'y'.repeat(200)}`
    const bundle = run('client', {
      'small.js': chunk('let a = 1'),
      'style.css': { type: 'asset', source: 'a{}' },
      'marked.js': chunk(marked),
    })
    expect((bundle['small.js'] as ReturnType<typeof chunk>).code).toBe('let a = 1')
    expect((bundle['marked.js'] as ReturnType<typeof chunk>).code).toBe(marked)
    const server = run('server', { 'entry-server.js': chunk('z'.repeat(200)) })
    expect((server['entry-server.js'] as ReturnType<typeof chunk>).code).toBe('z'.repeat(200))
  })
})
