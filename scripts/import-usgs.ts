/**
 * `npm run import:usgs`: turns the machine-extracted USGS Mineral Commodity Summaries 2026
 * sheets in `data/raw/usgs-mcs-2026/*.json` into `data/usgs-mcs-2026.json`, one `UsgsTable`
 * per commodity (id = file slug). See `data/raw/usgs-mcs-2026/README.md` for the input and
 * its caveats.
 *
 * Rules: every printed cell is kept as `raw`; NA, W, ( ) and the other sentinels stay apart
 * from zero; the world total and the "Other countries" row never become country rows; a
 * country name that is neither mapped (`scripts/usgs-countries.ts`) nor deliberately skipped
 * stops the import with the file and the name. Importing this module writes nothing: only
 * running it as a script does.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { UsgsTableSchema, type UsgsTable, type UsgsValue } from '../src/data/schema'
import { USGS_COUNTRY_ISO3, USGS_OTHER_NAMES, USGS_SKIPPED_NAMES, USGS_WORLD_NAMES } from './usgs-countries'

// ---------------------------------------------------------------- the raw files (only the fields we read)

const RawSeriesSchema = z.object({
  values: z.record(z.string(), z.number().nullable()),
  raw_values: z.record(z.string(), z.string()),
})

const RawRowSchema = z.object({
  country: z.string(),
  production_prev_year: z.number().nullable(),
  production_latest_year: z.number().nullable(),
  reserves: z.number().nullable(),
  production_prev_raw: z.string().nullable(),
  production_latest_raw: z.string().nullable(),
  reserves_raw: z.string().nullable(),
  note: z.string().nullable(),
  sub_metal_production_latest: z.record(z.string(), z.number()),
})

export const RawUsgsFileSchema = z.object({
  slug: z.string(),
  name: z.string(),
  source_url: z.string(),
  edition: z.literal('MCS 2026'),
  edition_date: z.literal('2026-02'),
  units_note: z.string(),
  latest_year: z.string().regex(/^\d{4}e?$/),
  domestic_use_summary: z.string().nullable(),
  events_trends_summary: z.string().nullable(),
  salient_stats: z.array(
    RawSeriesSchema.extend({ label: z.string(), section: z.string().nullable(), subsection: z.string().nullable() }),
  ),
  price_quotes: z.array(RawSeriesSchema.extend({ form: z.string(), unit_note: z.string().nullable() })),
  price_unit_note: z.string().nullable(),
  world_production_label: z.string(),
  world_production_year_prev: z.string().nullable(),
  world_production_year_latest: z.string().nullable(),
  world_production: z.array(RawRowSchema),
  footnotes: z.record(z.string(), z.string()),
})
export type RawUsgsFile = z.infer<typeof RawUsgsFileSchema>
type RawRow = z.infer<typeof RawRowSchema>
type RawSeries = z.infer<typeof RawSeriesSchema>

// ---------------------------------------------------------------- cells

/** Printed sentinels (USGS footnote "e" and the extraction's conventions). */
const SENTINELS: Readonly<Record<string, Omit<UsgsValue, 'raw'>>> = {
  NA: { value: null, status: 'not-available' },
  W: { value: null, status: 'withheld' },
  '—': { value: 0, status: 'zero' },
  '( )': { value: null, status: 'included-in-world' },
  // Net exporter (net import reliance rows): there is no percentage to give.
  E: { value: null, status: 'not-available' },
  // Manganese "Other countries" reserves: printed as a word, not a figure.
  Small: { value: null, status: 'not-available' },
}

/** A table without the column (aluminum, gallium and titanium have no reserves). */
const MISSING: UsgsValue = { value: null, status: 'not-available', raw: '' }

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/

function toNumber(text: string, raw: string): number {
  if (!NUMBER.test(text)) throw new Error(`unreadable USGS cell ${JSON.stringify(raw)}`)
  return Number(text.replaceAll(',', ''))
}

/**
 * Reads one printed USGS cell. `estimated` marks a cell of an estimated column (2025e):
 * plain numbers there are `estimated`, elsewhere `reported`. An `e` prefix marks a single
 * estimated cell; `>x` a lower bound. Throws on anything else.
 */
export function parseUsgsCell(raw: string, { estimated = false }: { estimated?: boolean } = {}): UsgsValue {
  const cell = raw.trim()
  const sentinel = SENTINELS[cell]
  if (sentinel) return { ...sentinel, raw }
  if (cell.startsWith('>')) return { value: toNumber(cell.slice(1).trim(), raw), status: 'lower-bound', raw }
  if (/^e\s*\d/.test(cell)) return { value: toNumber(cell.slice(1).trim(), raw), status: 'estimated', raw }
  return { value: toNumber(cell, raw), status: estimated ? 'estimated' : 'reported', raw }
}

/** Parses a cell and checks the number against the one the extractor itself derived. */
function readCell(raw: string | null, extracted: number | null, estimated: boolean, where: string): UsgsValue {
  if (raw === null) {
    if (extracted !== null) throw new Error(`${where}: number ${extracted} without a printed cell`)
    return MISSING
  }
  let cell: UsgsValue
  try {
    cell = parseUsgsCell(raw, { estimated })
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`)
  }
  if (cell.value !== extracted)
    throw new Error(`${where}: read ${cell.value} from ${JSON.stringify(raw)}, extractor says ${extracted}`)
  return cell
}

function readSeries(series: RawSeries, where: string): Array<{ year: string; value: UsgsValue }> {
  return Object.keys(series.raw_values)
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b))
    .map((year) => ({
      year,
      value: readCell(
        series.raw_values[year] ?? null,
        series.values[year] ?? null,
        year.endsWith('e'),
        `${where} ${year}`,
      ),
    }))
}

// ---------------------------------------------------------------- per-commodity knowledge

/** Units of the production and reserves columns as we read each sheet (the unit line alone is not enough). */
const UNITS: Readonly<Record<string, { production: string; reserves: string }>> = {
  aluminum: {
    production: 'thousand metric tons (primary smelter production)',
    reserves: 'none: this sheet gives smelter capacity, not reserves',
  },
  antimony: {
    production: 'metric tons, antimony content (mine production)',
    reserves: 'metric tons, antimony content',
  },
  cobalt: { production: 'metric tons, cobalt content (mine production)', reserves: 'metric tons, cobalt content' },
  copper: {
    production: 'thousand metric tons, copper content (refinery production as extracted, not mine production)',
    reserves: 'thousand metric tons, copper content',
  },
  gallium: {
    production: 'kilograms, gallium content (low-purity primary production)',
    reserves: 'none: this sheet gives production capacity, not reserves',
  },
  germanium: {
    production: 'kilograms, germanium content (no world table in the extraction)',
    reserves: 'not reported: USGS says germanium reserves were not widely reported',
  },
  graphite: { production: 'metric tons (natural graphite, mine production)', reserves: 'metric tons' },
  lead: {
    production: 'thousand metric tons, lead content (mine production)',
    reserves: 'thousand metric tons, lead content',
  },
  lithium: { production: 'metric tons, lithium content (mine production)', reserves: 'metric tons, lithium content' },
  manganese: {
    production: 'thousand metric tons, manganese content (mine production)',
    reserves: 'thousand metric tons (gross weight or manganese content: not stated in the extraction)',
  },
  molybdenum: {
    production: 'metric tons, molybdenum content (mine production)',
    reserves: 'thousand metric tons, molybdenum content (inferred; the unit line says metric tons)',
  },
  nickel: { production: 'metric tons, nickel content (mine production)', reserves: 'metric tons, nickel content' },
  niobium: { production: 'metric tons, niobium content (mine production)', reserves: 'metric tons, niobium content' },
  'platinum-group-metals': {
    production: 'kilograms of palladium (mine production; palladium only)',
    reserves: 'kilograms, total platinum-group metals',
  },
  'rare-earths': {
    production: 'metric tons, rare-earth-oxide (REO) equivalent (mine production)',
    reserves: 'metric tons, rare-earth-oxide (REO) equivalent',
  },
  silver: { production: 'metric tons, silver content (mine production)', reserves: 'metric tons, silver content' },
  tantalum: {
    production: 'metric tons, tantalum content (mine production)',
    reserves: 'metric tons, tantalum content',
  },
  tin: {
    production: 'metric tons, tin content (mine production; unit line missing in the extraction)',
    reserves: 'metric tons, tin content (unit line missing in the extraction)',
  },
  titanium: {
    production: 'metric tons (titanium sponge metal production)',
    reserves: 'none: reserves are on the Titanium Mineral Concentrates sheet, not extracted',
  },
  tungsten: {
    production: 'metric tons, tungsten content (mine production)',
    reserves: 'metric tons, tungsten content',
  },
  zinc: {
    production: 'thousand metric tons, zinc content (mine production)',
    reserves: 'thousand metric tons, zinc content',
  },
}

const TSM_HUB = 'a third-party copy of the USGS MCS 2026 data release (GitHub: TSM-Hub-AK/tsm-hub)'

/** What the table title alone would not tell a reader. */
const TABLE_NOTES: Readonly<Record<string, string>> = {
  copper: 'production columns as extracted are refinery production',
  germanium: 'not in the extraction',
  'platinum-group-metals': 'production columns are palladium only',
}

/** Caveats written by hand from the reference README and the sheets; generated ones are added below. */
const CAVEATS: Readonly<Record<string, readonly string[]>> = {
  aluminum: [
    'The world table is primary smelter production and smelter capacity (capacity is not imported). USGS gives no aluminum reserves on this sheet; bauxite reserves are on the separate Bauxite and Alumina sheet, which is not in the extraction.',
  ],
  copper: [
    'The USGS table has mine and refinery production columns. The extracted production values match refinery production (China 12,400 → 14,000; world 27,600 → 29,000 thousand t), not mine production: do not quote them as mine output.',
    `For comparison, ${TSM_HUB} gives world copper mine production of 23,000 thousand t in both 2024 and 2025e.`,
  ],
  gallium: [
    'The world table is low-purity primary production and production capacity (capacity is not imported). USGS gives no gallium reserves.',
  ],
  germanium: [
    'The extraction has no world table: rows are empty and world values are not-available. USGS says germanium reserves "were not widely reported at a mine or country level". The years are the sheet’s reporting years, not those of a table.',
  ],
  graphite: [
    'The USGS text says China produced "an estimated 82% of total world production" of natural graphite in 2025; the table gives 1,400,000 of 1,800,000 t, which is 77.8%.',
    'The price unit is cut off after "dollars per metric ton at" in the extraction.',
  ],
  manganese: [
    'Production is manganese content (per the table title) although the sheet’s unit line says gross weight; the basis of the reserves is not stated in the extraction.',
    `${TSM_HUB} gives world manganese reserves of 1,700,000, against 1,800,000 here. Not resolved.`,
  ],
  molybdenum: [
    `Reserves appear to be thousand metric tons although the unit line says metric tons: United States 3,500, world 17,000, and footnote 7 gives Australia’s JORC reserves as 260,000 t against 760 in the table. ${TSM_HUB} also labels these reserves thousand metric tons.`,
    'Footnote 7 ends with a stray page number ("131") left by the extraction.',
  ],
  nickel: [
    'In the price rows the extraction swapped form and unit: the forms read "Dollars per metric ton" and "Dollars per pound", the unit "Price, average annual, London Metal Exchange".',
  ],
  'platinum-group-metals': [
    'Production columns are palladium only; reserves are total platinum-group metals (PGMs).',
    `The unit line lists the metals but no unit. Values are taken to be kilograms, as in the salient statistics and in ${TSM_HUB}; check the PDF.`,
  ],
  tantalum: ['"TaO" in the price label is Ta2O5 with its subscripts lost in extraction.'],
  tin: [
    `The extraction has an empty unit line; values are taken to be metric tons of tin content, as in ${TSM_HUB}. Check the PDF.`,
  ],
  titanium: [
    'The world table is titanium sponge metal production (sponge and pigment capacity are not imported). The world total excludes U.S. production. Titanium mineral reserves are on the separate Titanium Mineral Concentrates sheet, which is not in the extraction.',
    'The salient statistics stack a sponge-metal table and a TiO2-pigment table: the imported net import reliance series is sponge metal (the pigment series is all "E"), the price in dollars per kilogram is sponge metal and the price in dollars per metric ton is TiO2 pigment. "TiO" in the prose is TiO2 with its subscript lost.',
  ],
}

// ---------------------------------------------------------------- one table

function footnoteText(raw: RawUsgsFile, note: string | null, where: string): string | undefined {
  if (note === null) return undefined
  const m = /^footnote ([\d, ]+)$/.exec(note)
  if (!m?.[1]) throw new Error(`${where}: unreadable note ${JSON.stringify(note)}`)
  return m[1]
    .split(',')
    .map((n) => n.trim())
    .map((n) => {
      const text = raw.footnotes[n]
      if (text === undefined) throw new Error(`${where}: footnote ${n} is missing`)
      return `Footnote ${n}: ${text}`
    })
    .join(' ')
}

function describeSeries(s: RawUsgsFile['salient_stats'][number]): string {
  return [...new Set([s.section, s.subsection, s.label].filter((x): x is string => !!x))].join(' / ')
}

/**
 * Converts one raw USGS file (parsed JSON) into a `UsgsTable`. `file` names the input in
 * errors, e.g. `cobalt.json`; its slug becomes the table id.
 */
export function toUsgsTable(json: unknown, file: string): UsgsTable {
  const parsed = RawUsgsFileSchema.safeParse(json)
  if (!parsed.success) throw new Error(`${file}: not a USGS MCS 2026 extraction: ${parsed.error.issues[0]?.message}`)
  const raw = parsed.data
  const id = file.replace(/^.*\//, '').replace(/\.json$/, '')
  if (raw.slug !== id) throw new Error(`${file}: slug "${raw.slug}" does not match the file name`)
  const units = UNITS[id]
  if (!units) throw new Error(`${file}: no units recorded for "${id}" in scripts/import-usgs.ts (UNITS)`)

  const latest = Number(raw.world_production_year_latest ?? raw.latest_year.replace(/e$/, ''))
  const previous = raw.world_production_year_prev ? Number(raw.world_production_year_prev) : latest - 1
  const latestEstimated = raw.latest_year === `${latest}e`
  const caveats: string[] = [
    'Machine extraction of the USGS PDF (GitHub: pranava0x0/usgs-mineral-commodity-summaries); the values were not re-checked against the PDF.',
  ]
  if (latestEstimated) {
    caveats.push(
      `The extraction keeps no per-cell "e" (estimate) marks: every ${latest} value is marked estimated because USGS heads the column ${latest}e, and ${previous} values are marked reported although USGS marks some of them as estimates.`,
    )
  }
  caveats.push(...(CAVEATS[id] ?? []))

  const cells = (row: RawRow) => {
    const at = `${file}: "${row.country}"`
    return {
      production: {
        previous: readCell(row.production_prev_raw, row.production_prev_year, false, `${at} production ${previous}`),
        latest: readCell(
          row.production_latest_raw,
          row.production_latest_year,
          latestEstimated,
          `${at} production ${latest}`,
        ),
      },
      reserves: readCell(row.reserves_raw, row.reserves, false, `${at} reserves`),
    }
  }

  const rows: UsgsTable['rows'] = []
  let world: UsgsTable['world'] | undefined
  let other: UsgsTable['other']
  for (const row of raw.world_production) {
    const name = row.country
    const footnote = footnoteText(raw, row.note, `${file}: "${name}"`)
    if (USGS_WORLD_NAMES.has(name) || USGS_OTHER_NAMES.has(name)) {
      const isWorld = USGS_WORLD_NAMES.has(name)
      if (isWorld ? world : other) throw new Error(`${file}: a second "${name}" row`)
      if (isWorld) world = cells(row)
      else other = cells(row)
      if (footnote) caveats.push(`${isWorld ? 'World total' : `"${name}" row`}, ${footnote}`)
      continue
    }
    if (USGS_SKIPPED_NAMES.has(name)) continue
    if (!Object.hasOwn(USGS_COUNTRY_ISO3, name)) {
      throw new Error(
        `${file}: USGS country name "${name}" is neither mapped to ISO 3166-1 alpha-3 in scripts/usgs-countries.ts nor listed in USGS_SKIPPED_NAMES`,
      )
    }
    rows.push({
      iso3: USGS_COUNTRY_ISO3[name] as string,
      usgsName: name,
      ...cells(row),
      ...(footnote ? { footnote } : {}),
    })
  }
  if (raw.world_production.length > 0 && !world) throw new Error(`${file}: no "World total (rounded)" row`)

  const splits = new Map<string, string[]>()
  for (const row of raw.world_production) {
    for (const [metal, v] of Object.entries(row.sub_metal_production_latest)) {
      splits.set(metal, [...(splits.get(metal) ?? []), `${row.country} ${v.toLocaleString('en-US')}`])
    }
  }
  for (const [metal, list] of splits) {
    caveats.push(
      `${metal} mine production, ${latest}${latestEstimated ? 'e' : ''}, from the extraction’s per-metal split (not imported as rows): ${list.join('; ')}.`,
    )
  }
  if (raw.world_production.length > 0 && raw.world_production.every((r) => r.reserves_raw === null)) {
    caveats.push('The table has no reserves column: reserves are stored as not-available with an empty raw cell.')
  }
  if (raw.world_production.some((r) => r.reserves_raw === 'Small')) {
    caveats.push('"Small" (printed instead of a figure) is stored as not-available, keeping the raw cell.')
  }

  const nir = raw.salient_stats.filter((s) => /net import reliance/i.test(`${s.section ?? ''} ${s.label}`))
  const [firstNir, ...otherNir] = nir
  if (firstNir && otherNir.length > 0) {
    caveats.push(
      `Net import reliance: only the first series is imported ("${describeSeries(firstNir)}"). Not imported: ${otherNir
        .map(
          (s) =>
            `"${describeSeries(s)}" (${Object.entries(s.raw_values)
              .map(([y, v]) => `${y} ${v}`)
              .join(', ')})`,
        )
        .join('; ')}.`,
    )
  }
  if (nir.some((s) => Object.values(s.raw_values).includes('E'))) {
    caveats.push('In net import reliance, "E" means net exporter; it is stored as not-available, keeping the raw "E".')
  }

  const prose = [raw.domestic_use_summary, raw.events_trends_summary].join(' ')
  if (/U\.S\. Geological Survey, Mineral Commodity Summaries, February 2026/.test(prose)) {
    caveats.push(
      'The prose is verbatim from the extraction, which spliced a running page header into it ("… U.S. Geological Survey, Mineral Commodity Summaries, February 2026").',
    )
  }

  const prices = raw.price_quotes.map((q) => {
    const unit = q.unit_note ?? raw.price_unit_note
    if (!unit) throw new Error(`${file}: price "${q.form}" has no unit`)
    return { form: q.form, unit, series: readSeries(q, `${file}: price "${q.form}"`) }
  })

  const notAvailable = { production: { previous: MISSING, latest: MISSING }, reserves: MISSING }
  const tableNote = TABLE_NOTES[id]
  return UsgsTableSchema.parse({
    id,
    name: raw.name,
    edition: raw.edition,
    published: raw.edition_date,
    pdfUrl: raw.source_url,
    table: tableNote ? `${raw.world_production_label} (${tableNote})` : raw.world_production_label,
    unitNote: raw.units_note,
    productionUnit: units.production,
    reservesUnit: units.reserves,
    years: { previous, latest },
    rows,
    ...(other ? { other } : {}),
    world: world ?? notAvailable,
    ...(raw.domestic_use_summary ? { usesText: raw.domestic_use_summary } : {}),
    ...(raw.events_trends_summary ? { eventsText: raw.events_trends_summary } : {}),
    netImportReliance: firstNir ? readSeries(firstNir, `${file}: net import reliance`) : [],
    prices,
    caveats,
  })
}

// ---------------------------------------------------------------- files

/** Imports every `*.json` in `dir`, in id order. */
export function importUsgsDir(dir: string): UsgsTable[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => toUsgsTable(JSON.parse(readFileSync(join(dir, f), 'utf8')), f))
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** The committed form of `data/usgs-mcs-2026.json`: 2-space JSON and a final newline. */
export function formatUsgsJson(tables: UsgsTable[]): string {
  return `${JSON.stringify(tables, null, 2)}\n`
}

export const RAW_DIR = fileURLToPath(new URL('../data/raw/usgs-mcs-2026/', import.meta.url))
export const OUT_FILE = fileURLToPath(new URL('../data/usgs-mcs-2026.json', import.meta.url))

function main(): void {
  const tables = importUsgsDir(RAW_DIR)
  writeFileSync(OUT_FILE, formatUsgsJson(tables))
  const rows = tables.reduce((n, t) => n + t.rows.length, 0)
  console.log(`data/usgs-mcs-2026.json: ${tables.length} tables, ${rows} country rows`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
