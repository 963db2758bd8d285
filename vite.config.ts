/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { atlasData } from './scripts/vite-plugin-atlas-data'

export default defineConfig({
  // `BASE_PATH=/atlas/ SITE_URL=https://example.org npm run build` publishes under a sub-path.
  base: process.env.BASE_PATH ?? '/',
  define: {
    'import.meta.env.VITE_SITE_URL': JSON.stringify(process.env.SITE_URL ?? 'https://mineral-peace-atlas.org'),
  },
  plugins: [react(), atlasData()],
  preview: { port: 4173, strictPort: true },
  // The manifest lets the prerender step preload each page's own chunk (no request waterfall).
  build: { target: 'es2022', chunkSizeWarningLimit: 900, manifest: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
})
