/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { atlasData } from './scripts/vite-plugin-atlas-data'

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), atlasData()],
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
})
