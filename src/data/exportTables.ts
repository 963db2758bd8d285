/**
 * The CSV tables of the data downloads: one per entity, with stable, documented
 * column names. Lists inside a record are joined with "; ". Pure.
 */
import type { Cell } from '../lib/csv'
import type { Dataset } from './schema'
import { list, sourcedColumns } from './exportColumns'
import { PROVISION_TABLES } from './exportProvisionTables'

export interface Column<T> {
  name: string
  description: string
  type: 'string' | 'number' | 'boolean' | 'date'
  get: (r: T) => Cell
}

export interface ExportTable<T = unknown> {
  name: string
  description: string
  rows: (d: Dataset) => readonly T[]
  columns: ReadonlyArray<Column<T>>
}


function table<T>(t: ExportTable<T>): ExportTable<unknown> {
  return t as ExportTable<unknown>
}

type Row<K extends keyof Dataset> = Dataset[K] extends ReadonlyArray<infer T> ? T : never
type UsgsFlat = { mineral: string; iso3: string; usgsName: string; row: Row<'usgs'>['rows'][number]; unitP: string; unitR: string; table: string; pdf: string; latest: number }

export const EXPORT_TABLES: ReadonlyArray<ExportTable> = [
  table<Row<'conflicts'>>({
    name: 'conflicts',
    description: 'one row per conflict, with its current status',
    rows: (d) => d.conflicts,
    columns: [
      { name: 'id', description: 'Stable id, used in URLs', type: 'string', get: (c) => c.id },
      { name: 'name', description: 'Name', type: 'string', get: (c) => c.name },
      { name: 'region', description: 'Region', type: 'string', get: (c) => c.region },
      { name: 'parties', description: 'Actor ids with roles, "actor:role; …"', type: 'string', get: (c) => list(c.parties.map((p) => `${p.actor}:${p.role}`)) },
      { name: 'status', description: 'Latest status', type: 'string', get: (c) => c.statusHistory.at(-1)?.status ?? null },
      { name: 'status_date', description: 'Date of the latest status (as of)', type: 'date', get: (c) => c.statusHistory.at(-1)?.date ?? null },
      { name: 'white_house_counts_as_ended', description: 'Whether the White House counts it among the wars it says it ended', type: 'boolean', get: (c) => c.whiteHouseClaim.counted },
      { name: 'summary', description: 'Summary in the atlas’s words', type: 'string', get: (c) => c.summary },
      ...sourcedColumns((c: Row<'conflicts'>) => c, 'Source ids, "; "-separated'),
    ],
  }),
  table<Row<'agreements'>>({
    name: 'agreements',
    description: 'one row per agreement or key event',
    rows: (d) => d.agreements,
    columns: [
      { name: 'id', description: 'Stable id, used in URLs', type: 'string', get: (a) => a.id },
      { name: 'track', description: 'peace, or minerals-diplomacy (the wider US minerals deals)', type: 'string', get: (a) => a.track },
      { name: 'conflict', description: 'Conflict id (on the minerals-diplomacy track, where the sources tie it to one)', type: 'string', get: (a) => a.conflict ?? null },
      { name: 'resources', description: 'Resources the deal itself trades', type: 'string', get: (a) => list(a.resources) },
      { name: 'kind', description: 'agreement or event', type: 'string', get: (a) => a.kind },
      { name: 'type', description: 'Type of agreement or event', type: 'string', get: (a) => a.type },
      { name: 'title', description: 'Title', type: 'string', get: (a) => a.title },
      { name: 'common_name', description: 'Common name, if any', type: 'string', get: (a) => a.commonName ?? null },
      { name: 'date', description: 'Date (YYYY-MM-DD)', type: 'date', get: (a) => a.date },
      { name: 'date_precision', description: 'day, or month when only the month is known', type: 'string', get: (a) => a.datePrecision },
      { name: 'place', description: 'Place', type: 'string', get: (a) => a.place?.name ?? null },
      { name: 'signatories', description: 'Signatories, "person (office, party); …"', type: 'string', get: (a) => list(a.signatories.map((s) => `${s.person ?? ''} (${[s.office, s.party].filter(Boolean).join(', ')})`.trim())) },
      { name: 'status', description: 'Latest status', type: 'string', get: (a) => a.statusHistory.at(-1)?.status ?? null },
      { name: 'status_date', description: 'Date of the latest status', type: 'date', get: (a) => a.statusHistory.at(-1)?.date ?? null },
      { name: 'resource_terms', description: 'Mineral, energy and economic terms flagged in its provisions', type: 'string', get: (a) => list([...new Set(a.provisions.flatMap((p) => p.terms))]) },
      { name: 'summary', description: 'Summary in the atlas’s words', type: 'string', get: (a) => a.summary },
      ...sourcedColumns((a: Row<'agreements'>) => a),
    ],
  }),
  ...PROVISION_TABLES,
  table<Row<'assessments'>>({
    name: 'assessments',
    description: 'one row per expert quotation',
    rows: (d) => d.assessments,
    columns: [
      { name: 'id', description: 'Stable id', type: 'string', get: (a) => a.id },
      { name: 'expert', description: 'Who', type: 'string', get: (a) => a.expert },
      { name: 'affiliation', description: 'Affiliation', type: 'string', get: (a) => a.affiliation },
      { name: 'quote', description: 'Verbatim quotation', type: 'string', get: (a) => a.quote },
      { name: 'translation', description: 'The atlas’s translation, if not in English', type: 'string', get: (a) => a.translation ?? null },
      { name: 'date', description: 'Date', type: 'string', get: (a) => a.date },
      { name: 'publication', description: 'Where it was said or published', type: 'string', get: (a) => a.publication },
      { name: 'url', description: 'Link', type: 'string', get: (a) => a.url },
      { name: 'stance', description: 'skeptical, mixed or supportive', type: 'string', get: (a) => a.stance },
      { name: 'conflicts', description: 'Conflict ids it is about', type: 'string', get: (a) => list(a.about.conflicts) },
      { name: 'agreements', description: 'Agreement ids it is about', type: 'string', get: (a) => list(a.about.agreements) },
      { name: 'verification', description: 'verified, secondary or unverified', type: 'string', get: (a) => a.verification },
    ],
  }),
  table<Row<'stakes'>['figures'][number] & { stake: Row<'stakes'> }>({
    name: 'stake_figures',
    description: 'one row per figure of a resource at stake, claims included',
    rows: (d) => d.stakes.flatMap((s) => s.figures.map((f) => ({ ...f, stake: s }))),
    columns: [
      { name: 'stake', description: 'Stake id', type: 'string', get: (f) => f.stake.id },
      { name: 'conflict', description: 'Conflict id', type: 'string', get: (f) => f.stake.conflict },
      { name: 'resource', description: 'Resource id', type: 'string', get: (f) => f.stake.resource },
      { name: 'actor', description: 'Actor id', type: 'string', get: (f) => f.stake.actor ?? null },
      { name: 'label', description: 'What the figure measures', type: 'string', get: (f) => f.label },
      { name: 'value', description: 'Value', type: 'number', get: (f) => f.value },
      { name: 'unit', description: 'Unit', type: 'string', get: (f) => f.unit },
      { name: 'year', description: 'Year', type: 'number', get: (f) => f.year ?? null },
      { name: 'share', description: 'Percent of the world, if given', type: 'number', get: (f) => f.share ?? null },
      { name: 'basis', description: 'measured, estimate or claim', type: 'string', get: (f) => f.basis },
      { name: 'claimed_by', description: 'Who made the claim', type: 'string', get: (f) => f.claimedBy ?? null },
      ...sourcedColumns((f: Row<'stakes'>['figures'][number]) => f),
    ],
  }),
  table<UsgsFlat>({
    name: 'usgs_country_figures',
    description: 'USGS MCS 2026 reserves and production per country and mineral',
    rows: (d) => d.usgs.flatMap((t) => t.rows.map((row) => ({ mineral: t.id, iso3: row.iso3, usgsName: row.usgsName, row, unitP: t.productionUnit, unitR: t.reservesUnit, table: t.table, pdf: t.pdfUrl, latest: t.years.latest }))),
    columns: [
      { name: 'mineral', description: 'USGS table id', type: 'string', get: (r) => r.mineral },
      { name: 'iso3', description: 'ISO 3166-1 alpha-3', type: 'string', get: (r) => r.iso3 },
      { name: 'usgs_name', description: 'Country name as USGS prints it', type: 'string', get: (r) => r.usgsName },
      { name: 'production_previous', description: 'Production, previous year (2024)', type: 'number', get: (r) => r.row.production.previous.value },
      { name: 'production_latest', description: 'Production, latest year (2025, mostly estimated)', type: 'number', get: (r) => r.row.production.latest.value },
      { name: 'production_latest_status', description: 'reported, estimated, zero, not-available, withheld…', type: 'string', get: (r) => r.row.production.latest.status },
      { name: 'production_unit', description: 'Unit of production', type: 'string', get: (r) => r.unitP },
      { name: 'reserves', description: 'Reserves', type: 'number', get: (r) => r.row.reserves.value },
      { name: 'reserves_status', description: 'reported, not-available, withheld, lower-bound…', type: 'string', get: (r) => r.row.reserves.status },
      { name: 'reserves_unit', description: 'Unit of reserves', type: 'string', get: (r) => r.unitR },
      { name: 'usgs_table', description: 'USGS table title', type: 'string', get: (r) => r.table },
      { name: 'usgs_pdf', description: 'USGS PDF', type: 'string', get: (r) => r.pdf },
    ],
  }),
  table<Row<'sites'>>({
    name: 'sites',
    description: 'one row per site; lines give their points',
    rows: (d) => d.sites,
    columns: [
      { name: 'id', description: 'Stable id', type: 'string', get: (s) => s.id },
      { name: 'name', description: 'Name', type: 'string', get: (s) => s.name },
      { name: 'kind', description: 'mine, deposit, corridor, facility, venue, city, dam or port', type: 'string', get: (s) => s.kind },
      { name: 'geometry_type', description: 'Point or LineString', type: 'string', get: (s) => s.geometry.type },
      { name: 'longitude', description: 'Longitude (WGS84) of a point', type: 'number', get: (s) => (s.geometry.type === 'Point' ? s.geometry.coordinates[0] : null) },
      { name: 'latitude', description: 'Latitude (WGS84) of a point', type: 'number', get: (s) => (s.geometry.type === 'Point' ? s.geometry.coordinates[1] : null) },
      { name: 'line', description: 'Points of a line, "lon lat; …"', type: 'string', get: (s) => (s.geometry.type === 'LineString' ? list(s.geometry.coordinates.map(([x, y]) => `${x} ${y}`)) : null) },
      { name: 'conflicts', description: 'Conflict ids', type: 'string', get: (s) => list(s.conflicts) },
      { name: 'resources', description: 'Resource ids', type: 'string', get: (s) => list(s.resources) },
      ...sourcedColumns((s: Row<'sites'>) => s),
    ],
  }),
  table<Row<'discrepancies'>>({
    name: 'discrepancies',
    description: 'where the CFR article and other sources disagree',
    rows: (d) => d.discrepancies,
    columns: [
      { name: 'id', description: 'Stable id', type: 'string', get: (x) => x.id },
      { name: 'title', description: 'Title', type: 'string', get: (x) => x.title },
      { name: 'article_says', description: 'The article’s claim', type: 'string', get: (x) => x.articleSays },
      { name: 'sources_say', description: 'What other sources say', type: 'string', get: (x) => x.sourcesSay },
      { name: 'atlas_follows', description: 'What the atlas follows', type: 'string', get: (x) => x.atlasFollows },
      { name: 'sources', description: 'Source ids', type: 'string', get: (x) => list(x.sources) },
    ],
  }),
  table<Row<'sources'>>({
    name: 'sources',
    description: 'every source the dataset cites',
    rows: (d) => d.sources,
    columns: [
      { name: 'id', description: 'Source id', type: 'string', get: (s) => s.id },
      { name: 'publisher', description: 'Publisher', type: 'string', get: (s) => s.publisher },
      { name: 'title', description: 'Title', type: 'string', get: (s) => s.title },
      { name: 'authors', description: 'Authors', type: 'string', get: (s) => list(s.authors) },
      { name: 'date', description: 'Publication date (as precise as known)', type: 'string', get: (s) => s.date ?? null },
      { name: 'url', description: 'Link', type: 'string', get: (s) => s.url },
      { name: 'kind', description: 'primary-text, news-report, official-statement, data-release, analysis, reference', type: 'string', get: (s) => s.kind },
      { name: 'reliability', description: 'primary, established-news, specialist, aggregator, state-media or blog', type: 'string', get: (s) => s.reliability },
      { name: 'note', description: 'E.g. mirror or copy', type: 'string', get: (s) => s.note ?? null },
    ],
  }),
]
