/**
 * The whole site builds from another data folder (`ATLAS_DATA=DIR npm run build`), under
 * a base path, and a conflict that no code mentions, with no locator frame, appears
 * everywhere it belongs: its page with its locator map, its marker on the home map, the
 * sitemap and its social card. The build runs in a copy of the project, so it touches
 * neither dist/ nor src/generated/ here.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/data/schema'
import { fixtureTexts, makeFixture } from '../../fixtures/dataset'

const ROOT = resolve(__dirname, '../../..')
let work = ''

/** The fixture with a conflict between Chile and Bolivia: no frame, no code that names it. */
function withNewConflict(): Dataset {
  const d = makeFixture()
  d.actors.push(
    { id: 'chile', name: 'Chile', kind: 'state', iso3: 'CHL' },
    { id: 'bolivia', name: 'Bolivia', kind: 'state', iso3: 'BOL' },
  )
  d.conflicts.push({
    id: 'chile-bolivia',
    name: 'Chile–Bolivia sea dispute',
    shortName: 'Chile–Bolivia',
    region: 'Europe',
    parties: [
      { actor: 'chile', role: 'belligerent' },
      { actor: 'bolivia', role: 'belligerent' },
    ],
    summary: 'A test conflict.',
    whiteHouseClaim: { counted: false, note: 'Not claimed.', sources: ['src-a'], verification: 'verified' },
    statusHistory: [
      { date: '2025-03-01', status: 'no-armed-conflict', label: 'Talks', sources: ['src-a'], verification: 'verified' },
    ],
    sources: ['src-a'],
    verification: 'verified',
  })
  return d
}

const run = (cmd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(cmd, args, { cwd: work, env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe' })

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'atlas-build-'))
  for (const f of ['src', 'scripts', 'public', 'index.html', 'package.json', 'tsconfig.json', 'vite.config.ts'])
    cpSync(join(ROOT, f), join(work, f), { recursive: true, filter: (p) => !p.includes('/src/generated') })
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'))
  const dir = join(work, 'fixture-data')
  cpSync(join(ROOT, 'data'), dir, { recursive: true, filter: (p) => !p.endsWith('.json') || p.endsWith('/data') })
  for (const [name, text] of Object.entries(fixtureTexts(withNewConflict()))) writeFileSync(join(dir, name), text)
  run('npm', ['run', 'build'], { ATLAS_DATA: 'fixture-data', BASE_PATH: '/atlas/', SITE_URL: 'https://example.org' })
}, 240_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('ATLAS_DATA=DIR BASE_PATH=/atlas/ npm run build', () => {
  const read = (file: string) => readFileSync(join(work, 'dist', file), 'utf8')

  it('writes the new conflict’s page with its locator map in the HTML', () => {
    const html = read('conflicts/chile-bolivia.html')
    expect(html).toContain('Chile–Bolivia sea dispute</h1>')
    expect(html).toMatch(/<figure class="locator">[\s\S]*data-iso3="BOL"/)
    expect(html).toMatch(
      /data-iso3="CHL"[^>]*class="locator__country is-party"|class="locator__country is-party"[^>]*data-iso3="CHL"/,
    )
  })

  it('puts its marker on the home map', () => {
    expect(read('index.html')).toMatch(/class="marker[^"]*" data-conflict-id="chile-bolivia"/)
  })

  it('lists it in the sitemap under the site URL and base path, and draws its social card', () => {
    expect(read('sitemap.xml')).toContain('<loc>https://example.org/atlas/conflicts/chile-bolivia</loc>')
    expect(existsSync(join(work, 'dist/og/conflicts-chile-bolivia.png'))).toBe(true)
    expect(read('conflicts/chile-bolivia.html')).toContain(
      '<meta property="og:image" content="https://example.org/atlas/og/conflicts-chile-bolivia.png"',
    )
  })

  it('prefixes every script, link and data file with the base path', () => {
    const html = read('conflicts/chile-bolivia.html')
    expect(html).toMatch(/<script type="module"[^>]* src="\/atlas\/assets\/boot-[\w-]+\.js"/)
    expect(html).toMatch(/data-main="\/atlas\/assets\/index-[\w-]+\.js"/)
    expect(html).toContain('href="/atlas/conflicts"')
    expect(html.match(/(?:href|src)="\/(?!atlas[/"])[^"]*"/g)).toBeNull()
    expect(JSON.parse(read('conflicts/chile-bolivia.data.json')).route.slice.conflicts[0].id).toBe('chile-bolivia')
  })

  it('refuses a conflict that cannot be drawn, naming the file and the path', () => {
    const d = withNewConflict()
    d.conflicts[2]!.parties = [{ actor: 'm23-afc', role: 'belligerent' }]
    for (const [name, text] of Object.entries(fixtureTexts(d))) writeFileSync(join(work, 'fixture-data', name), text)
    let out = ''
    try {
      run('npm', ['run', '--silent', 'check:data'], { ATLAS_DATA: 'fixture-data' })
    } catch (e) {
      out = String((e as { stderr?: string }).stderr)
    }
    expect(out).toContain(
      'fixture-data/conflicts.json: $[2].locator.frame: no party can be drawn on the map: give the locator a frame, or a party state',
    )
    // It starts npm and tsx: seconds on a busy machine.
  }, 30_000)
})
