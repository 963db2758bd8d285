import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { jsonSchemaOf } from '../../../src/data/exports'
import { formatProblem, loadDataset } from '../../../src/data/load'
import { readDataDir } from '../../../scripts/readDataDir'

const texts = readDataDir('data')
const clone = () => ({ ...texts })
const mutate = (name: string, f: (json: unknown[]) => void) => {
  const t = clone()
  const json = JSON.parse(t[name]!) as unknown[]
  f(json)
  t[name] = JSON.stringify(json, null, 2)
  return t
}
const problems = (t: Record<string, string | undefined>) => loadDataset(t).problems.map(formatProblem)

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

  it('validates against the generated JSON Schemas with an independent validator (ajv)', () => {
    const { dataset } = loadDataset(texts)
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    const check = (name: Parameters<typeof jsonSchemaOf>[0], records: readonly unknown[]) => {
      const validate = ajv.compile(jsonSchemaOf(name))
      return records.filter((r) => !validate(r)).map(() => validate.errors)
    }
    expect(check('conflict', dataset!.conflicts)).toEqual([])
    expect(check('agreement', dataset!.agreements)).toEqual([])
    expect(check('stake', dataset!.stakes)).toEqual([])
    expect(check('site', dataset!.sites)).toEqual([])
    expect(check('assessment', dataset!.assessments)).toEqual([])
    expect(check('source', dataset!.sources)).toEqual([])
    expect(check('usgs-table', dataset!.usgs)).toEqual([])
  })
})

describe('broken copies of the real dataset are refused with exactly one line naming file and path', () => {
  it('a removed field', () => {
    expect(problems(mutate('conflicts.json', (j) => delete (j[0] as Record<string, unknown>).summary))).toEqual(['data/conflicts.json: $[0].summary: expected string'])
  })
  it('a wrong type', () => {
    expect(problems(mutate('agreements.json', (j) => ((j[0] as Record<string, unknown>).provisions = 'none')))).toEqual(['data/agreements.json: $[0].provisions: expected array'])
  })
  it('a dangling reference', () => {
    expect(problems(mutate('stakes.json', (j) => ((j[0] as Record<string, unknown>).conflict = 'atlantis-lemuria')))).toEqual(['data/stakes.json: $[0].conflict: unknown conflict "atlantis-lemuria"'])
  })
  it('a duplicate id', () => {
    const out = problems(mutate('sites.json', (j) => j.push(j[0])))
    expect(out).toHaveLength(1)
    expect(out[0]).toMatch(/^data\/sites\.json: \$\[\d+\]\.id: duplicate id "[a-z0-9-]+"$/)
  })
  it('an impossible date', () => {
    expect(problems(mutate('agreements.json', (j) => ((j[1] as Record<string, unknown>).date = '2025-02-30')))).toEqual([
      'data/agreements.json: $[1].date: expected a real calendar date, got "2025-02-30"',
    ])
  })
  it('truncated JSON', () => {
    const t = clone()
    t['assessments.json'] = t['assessments.json']!.slice(0, Math.floor(t['assessments.json']!.length / 2))
    const out = problems(t)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatch(/^data\/assessments\.json: \$: invalid JSON at line \d+, column \d+: /)
  })

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
