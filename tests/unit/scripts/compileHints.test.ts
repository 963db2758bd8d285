import { describe, expect, it } from 'vitest'
import { COMPILE_HINT, compileHints } from '../../../scripts/vite-plugin-compile-hints'

type Handler = (this: unknown, options: { format: string }, bundle: Record<string, unknown>) => void

function run(consumer: 'client' | 'server', bundle: Record<string, unknown>, format = 'es') {
  const hook = compileHints(100).generateBundle as { handler: Handler }
  hook.handler.call({ environment: { config: { consumer } } }, { format }, bundle)
  return bundle
}

const chunk = (code: string, mappings?: string) => ({
  type: 'chunk',
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
