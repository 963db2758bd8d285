import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { UsgsTableSchema, type UsgsTable } from '../../../src/data/schema'
import { formatUsgsJson, importUsgsDir, parseUsgsCell, toUsgsTable } from '../../../scripts/import-usgs'
import { USGS_COUNTRY_ISO3, USGS_SKIPPED_NAMES } from '../../../scripts/usgs-countries'

// Always the project's own copies, never the shared reference folder.
const RAW_DIR = fileURLToPath(new URL('../../../data/raw/usgs-mcs-2026/', import.meta.url))
const OUT_FILE = fileURLToPath(new URL('../../../data/usgs-mcs-2026.json', import.meta.url))
const RAW_FILES = readdirSync(RAW_DIR).filter((f) => f.endsWith('.json'))

interface RawRow {
  country: string
  production_prev_year: number | null
  production_latest_year: number | null
  reserves: number | null
  production_prev_raw: string | null
  production_latest_raw: string | null
  reserves_raw: string | null
}

function readRaw(slug: string): { world_production: RawRow[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(`${RAW_DIR}/${slug}.json`, 'utf8'))
}

function table(slug: string): UsgsTable {
  return toUsgsTable(readRaw(slug), `${slug}.json`)
}

function row(t: UsgsTable, iso3: string) {
  const found = t.rows.find((r) => r.iso3 === iso3)
  if (!found) throw new Error(`${t.id} has no ${iso3} row`)
  return found
}

describe('parseUsgsCell', () => {
  it('parseUsgsCell("NA") and ("W") keep not-available and withheld apart from zero', () => {
    expect(parseUsgsCell('NA')).toEqual({ value: null, status: 'not-available', raw: 'NA' })
    expect(parseUsgsCell('W')).toEqual({ value: null, status: 'withheld', raw: 'W' })
  })

  it('parseUsgsCell("—") is a reported zero', () => {
    expect(parseUsgsCell('—')).toEqual({ value: 0, status: 'zero', raw: '—' })
  })

  it('parseUsgsCell(">2,000,000") is a lower bound of 2,000,000', () => {
    expect(parseUsgsCell('>2,000,000')).toEqual({ value: 2000000, status: 'lower-bound', raw: '>2,000,000' })
  })

  it('parseUsgsCell("( )") is included in the world total, with no value', () => {
    expect(parseUsgsCell('( )')).toEqual({ value: null, status: 'included-in-world', raw: '( )' })
  })

  it('parseUsgsCell marks an "e" prefix or an estimated column as estimated, other numbers as reported', () => {
    expect(parseUsgsCell('e150,000')).toEqual({ value: 150000, status: 'estimated', raw: 'e150,000' })
    expect(parseUsgsCell('230000', { estimated: true })).toEqual({ value: 230000, status: 'estimated', raw: '230000' })
    expect(parseUsgsCell('226000')).toEqual({ value: 226000, status: 'reported', raw: '226000' })
    expect(parseUsgsCell('24.21')).toEqual({ value: 24.21, status: 'reported', raw: '24.21' })
  })

  it('parseUsgsCell throws on a cell it cannot read', () => {
    expect(() => parseUsgsCell('about 5')).toThrow(/unreadable USGS cell "about 5"/)
    expect(() => parseUsgsCell('1,00')).toThrow(/unreadable/)
  })
})

describe('toUsgsTable', () => {
  it('toUsgsTable(cobalt) gives the DRC 6,000,000 t of reserves and 230,000 t of estimated 2025 output', () => {
    const drc = row(table('cobalt'), 'COD')
    expect(drc.usgsName).toBe('Congo (Kinshasa)')
    expect(drc.reserves).toEqual({ value: 6000000, status: 'reported', raw: '6000000' })
    expect(drc.production.latest).toEqual({ value: 230000, status: 'estimated', raw: '230000' })
    expect(drc.production.previous).toEqual({ value: 226000, status: 'reported', raw: '226000' })
  })

  it('toUsgsTable puts "World total (rounded)" into world and "Other countries"/"Other" into other, never into rows', () => {
    const cobalt = table('cobalt')
    expect(cobalt.world.reserves.value).toBe(12000000)
    expect(cobalt.other?.reserves.value).toBe(780000)
    const rareEarths = table('rare-earths')
    expect(rareEarths.other?.production.latest.value).toBe(550)
    expect(rareEarths.world.reserves).toEqual({ value: 85000000, status: 'lower-bound', raw: '>85,000,000' })
    for (const t of [cobalt, rareEarths]) {
      expect(t.rows.map((r) => r.usgsName)).not.toContain('World total (rounded)')
      expect(t.rows.map((r) => r.usgsName)).not.toContain('Other countries')
      expect(t.rows.map((r) => r.usgsName)).not.toContain('Other')
    }
  })

  it('toUsgsTable keeps NA and W as not-available and withheld, not zero', () => {
    const tantalum = table('tantalum')
    expect(row(tantalum, 'COD').reserves).toEqual({ value: null, status: 'not-available', raw: 'NA' })
    expect(tantalum.world.reserves).toEqual({ value: null, status: 'not-available', raw: 'NA' })
    expect(row(table('antimony'), 'USA').production.latest).toEqual({ value: null, status: 'withheld', raw: 'W' })
    expect(row(table('lithium'), 'USA').production.previous).toEqual({ value: null, status: 'withheld', raw: 'W' })
  })

  it('toUsgsTable(graphite) keeps Ukraine’s reserves as included in the world total', () => {
    const ukraine = row(table('graphite'), 'UKR')
    expect(ukraine.reserves).toEqual({ value: null, status: 'included-in-world', raw: '( )' })
    expect(ukraine.production.latest.value).toBe(800)
  })

  it('toUsgsTable maps USGS names with curly apostrophes and commas to ISO codes', () => {
    expect(row(table('manganese'), 'CIV').usgsName).toBe('Côte d’Ivoire')
    expect(row(table('copper'), 'KOR').usgsName).toBe('Korea, Republic of')
    expect(row(table('antimony'), 'MMR').usgsName).toBe('Burma')
  })

  it('toUsgsTable(germanium) has no rows and a not-available world', () => {
    const germanium = table('germanium')
    expect(germanium.rows).toEqual([])
    expect(germanium.world.reserves.status).toBe('not-available')
    expect(germanium.world.production.latest.status).toBe('not-available')
  })

  it('toUsgsTable(copper) says the production columns are refinery production', () => {
    const copper = table('copper')
    expect(copper.table).toMatch(/refinery/)
    expect(copper.productionUnit).toMatch(/refinery/)
    expect(copper.caveats.join(' ')).toMatch(/refinery production/)
  })

  it('toUsgsTable keeps the net import reliance series 2021–2025e with its sentinels', () => {
    expect(table('cobalt').netImportReliance.map((p) => p.year)).toEqual(['2021', '2022', '2023', '2024', '2025e'])
    expect(table('lithium').netImportReliance[0]?.value).toEqual({ value: 25, status: 'lower-bound', raw: '>25' })
    expect(table('molybdenum').netImportReliance[4]?.value).toEqual({ value: null, status: 'not-available', raw: 'E' })
  })

  it('toUsgsTable fails naming the file and the USGS name when a country is not mapped', () => {
    const raw = readRaw('cobalt')
    raw.world_production = raw.world_production.map((r) => (r.country === 'Cuba' ? { ...r, country: 'Atlantis' } : r))
    expect(() => toUsgsTable(raw, 'cobalt.json')).toThrow(/cobalt\.json: USGS country name "Atlantis"/)
  })

  it('every country name in every raw file is mapped or deliberately skipped', () => {
    const unknown: string[] = []
    for (const file of RAW_FILES) {
      const raw = readRaw(file.replace(/\.json$/, ''))
      for (const r of raw.world_production) {
        if (!Object.hasOwn(USGS_COUNTRY_ISO3, r.country) && !USGS_SKIPPED_NAMES.has(r.country)) {
          unknown.push(`${file}: ${r.country}`)
        }
      }
    }
    expect(unknown).toEqual([])
  })

  it('imported figures equal the raw files for a sample of minerals and countries', () => {
    const sample: Array<[slug: string, usgsName: string]> = [
      ['cobalt', 'Congo (Kinshasa)'],
      ['copper', 'Chile'],
      ['tantalum', 'Rwanda'],
      ['lithium', 'Australia'],
      ['graphite', 'China'],
      ['rare-earths', 'Russia'],
      ['antimony', 'Pakistan'],
      ['silver', 'Mexico'],
      ['molybdenum', 'Armenia'],
      ['aluminum', 'China'],
      ['titanium', 'Ukraine'],
    ]
    for (const [slug, usgsName] of sample) {
      const raw = readRaw(slug).world_production.find((r) => r.country === usgsName)
      const imported = table(slug).rows.find((r) => r.usgsName === usgsName)
      expect(raw, `${slug} ${usgsName} raw`).toBeDefined()
      expect(imported, `${slug} ${usgsName} imported`).toBeDefined()
      expect(imported?.production.previous.value).toBe(raw?.production_prev_year)
      expect(imported?.production.latest.value).toBe(raw?.production_latest_year)
      expect(imported?.reserves.value).toBe(raw?.reserves)
      expect(imported?.production.previous.raw).toBe(raw?.production_prev_raw)
      expect(imported?.production.latest.raw).toBe(raw?.production_latest_raw)
      expect(imported?.reserves.raw).toBe(raw?.reserves_raw ?? '')
    }
  })
})

describe('importUsgsDir', () => {
  const tables = importUsgsDir(RAW_DIR)

  it('importUsgsDir gives one schema-valid table per raw file, in id order', () => {
    expect(tables.map((t) => t.id)).toEqual(RAW_FILES.map((f) => f.replace(/\.json$/, '')).sort())
    for (const t of tables) expect(UsgsTableSchema.safeParse(t).success, t.id).toBe(true)
  })

  it('the committed data/usgs-mcs-2026.json equals a fresh import', () => {
    expect(readFileSync(OUT_FILE, 'utf8')).toBe(formatUsgsJson(tables))
  })
})
