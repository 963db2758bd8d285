/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { atlasData } from './scripts/vite-plugin-atlas-data'
import { compileHints } from './scripts/vite-plugin-compile-hints'
import { normaliseBase, normaliseSiteUrl } from './src/lib/siteConfig'

export default defineConfig({
  // `BASE_PATH=/atlas/ SITE_URL=https://example.org npm run build` publishes under a sub-path.
  base: normaliseBase(process.env.BASE_PATH),
  define: {
    'import.meta.env.VITE_SITE_URL': JSON.stringify(normaliseSiteUrl(process.env.SITE_URL)),
  },
  // `ATLAS_DATA=DIR npm run build` builds the whole site from another data folder (a fixture, a fork's copy).
  plugins: [react(), atlasData(process.env.ATLAS_DATA ?? 'data'), compileHints()],
  preview: { port: 4173, strictPort: true },
  // The manifest lets the prerender step preload each page's own chunk (no request waterfall).
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 900,
    manifest: true,
    // boot.ts is an entry of its own: the prerendered pages load it instead of the app, which it starts after the first paint.
    rolldownOptions: {
      input: { index: 'index.html', boot: 'src/boot.ts' },
      output: {
        // The atlas's modules that six or more pages use travel as one file, not as thirty small ones: Brotli
        // packs them tighter together, and a page makes fewer requests, each of which costs the browser's main
        // thread a task. Six keeps every page within its budget; a lower count makes pages load code they never run
        // (see `npm run bench`).
        codeSplitting: {
          groups: [
            // React DOM with the module that starts it (src/app/reactDomClient.ts): boot.ts reads this chunk in
            // a task of its own, so React DOM's start-up and the app's are two tasks, not one long one.
            {
              name: 'react-dom',
              test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]|[\\/]src[\\/]app[\\/]reactDomClient\.ts$/,
            },
            { name: 'shared', test: /[\\/]src[\\/]/, minShareCount: 6 },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The test files share each worker's module cache: the dataset and the world shapes are read and
    // parsed once per worker instead of once per file. Tests keep no module-level state.
    isolate: false,
  },
})
