import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../../src/data/load'
import { readDataDir } from '../../../scripts/readDataDir'

const texts = readDataDir('data')
const mutate = (name: string, f: (json: unknown[]) => void) => {
  const t = { ...texts }
  const json = JSON.parse(t[name]!) as unknown[]
  f(json)
  t[name] = JSON.stringify(json, null, 2)
  return t
}

describe('the real dataset', () => {
  it('loadDataset(data/) passes every schema and cross-record check', () => {
    const { dataset, problems } = loadDataset(texts)
    expect(problems).toEqual([])
    expect(dataset?.conflicts.map((c) => c.id).sort()).toEqual(
      ['armenia-azerbaijan', 'cambodia-thailand', 'drc-rwanda', 'egypt-ethiopia', 'india-pakistan', 'israel-hamas', 'israel-iran', 'kosovo-serbia', 'russia-ukraine'],
    )
  })

  it('records the sourced date of the Washington Accords, not the article’s 5 December, and the discrepancy', () => {
    const { dataset } = loadDataset(texts)
    expect(dataset?.agreements.find((a) => a.id === 'washington-accords')?.date).toBe('2025-12-04')
    expect(dataset?.discrepancies.some((d) => d.agreements.includes('washington-accords'))).toBe(true)
  })
})

// The schema and integrity rules themselves are tested on the fixture in load.test.ts; here, the command line.
describe('check:data', () => {
  it('`npm run check:data -- DIR` prints the line and exits 1 for a broken folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'))
    const t = mutate('agreements.json', (j) => ((j[2] as Record<string, unknown>).date = '5 Dec'))
    for (const [name, text] of Object.entries(t)) if (text !== undefined) writeFileSync(join(dir, name), text)
    let status = 0
    let stderr = ''
    try {
      execFileSync('npx', ['tsx', 'scripts/check-data.ts', dir], { encoding: 'utf8', stdio: 'pipe' })
    } catch (e) {
      const err = e as { status: number; stderr: string }
      status = err.status
      stderr = err.stderr
    }
    expect(status).toBe(1)
    expect(stderr).toContain(`${dir}/agreements.json: $[2].date: expected an ISO date (YYYY-MM-DD), got "5 Dec"`)
    expect(stderr.trim().split('\n')[0]).toContain('agreements.json')
  }, 30_000)
})
