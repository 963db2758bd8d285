/**
 * The reference the home map is measured against: the minimal world map a developer
 * would write with d3-geo and React (world-atlas 1:110m, Equal Earth, one <path> per
 * country, rendered in the browser), built with Vite into a folder of its own.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const HTML = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Minimal map</title></head>
<body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>`

const MAIN = `import { createRoot } from 'react-dom/client'
import { geoEqualEarth, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import world from 'world-atlas/countries-110m.json'

const countries = (feature(world as never, (world as any).objects.countries) as any).features
const projection = geoEqualEarth().fitSize([960, 500], { type: 'Sphere' })
const path = geoPath(projection)

function Map() {
  return (
    <svg viewBox="0 0 960 500" width="960" height="500">
      {countries.map((c: any, i: number) => <path key={i} d={path(c) ?? ''} fill="#ccc" stroke="#fff" />)}
    </svg>
  )
}
createRoot(document.getElementById('root')!).render(<Map />)
`

/** Builds the reference app; returns the folder of its built site. */
export async function buildMinimalMap(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-minimal-map-'))
  writeFileSync(join(dir, 'index.html'), HTML)
  writeFileSync(join(dir, 'main.tsx'), MAIN)
  mkdirSync(join(dir, 'dist'), { recursive: true })
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'))
  await build({
    root: dir,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: { outDir: join(dir, 'dist'), target: 'es2022', emptyOutDir: true },
  })
  // The static server answers unknown paths (the browser's favicon request) with it.
  writeFileSync(join(dir, 'dist', '404.html'), '<!doctype html><title>Not found</title>')
  return join(dir, 'dist')
}
