import type { Plugin } from 'vite'

/** V8's magic comment (Chrome 136+): compile every function of the file eagerly, off the main thread. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * Below this size a chunk compiles in a moment wherever it is compiled, and the
 * marker's bytes would cost more than they save (a page loads a dozen small chunks).
 */
export const HINTED_CHUNK_BYTES = 16_000

/**
 * Marks the browser's large script chunks (React, the router, the atlas's shared code,
 * the biggest pages) for eager compilation. Their functions are then compiled as the
 * file streams in, on a background thread, instead of one by one on the main thread
 * the first time each is called: hydration runs in shorter tasks. Other engines read
 * the comment as a comment. The marker must open the file, so it is added after
 * Vite's own preload map; the source map shifts by the one line added.
 */
export function compileHints(minBytes = HINTED_CHUNK_BYTES): Plugin {
  return {
    name: 'atlas-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(options, bundle) {
        if (options.format !== 'es' || this.environment.config.consumer !== 'client') return
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || chunk.code.length < minBytes || chunk.code.startsWith(COMPILE_HINT)) continue
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`
          // The bundler may have written the map out already, as an asset beside the chunk.
          const map = bundle[`${chunk.fileName}.map`]
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string }
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` })
          }
        }
      },
    },
  }
}
