/**
 * The atlas's data model. These zod schemas are the only place data types are
 * declared: every `type X` below is inferred from `XSchema` above it, and the
 * JSON files in `data/` are parsed against them once, at one boundary
 * (`src/data/load.ts`). Schemas hold no transforms, so each parsed type equals
 * the JSON shape and the schema doubles as the documentation of the file.
 */
import { z } from 'zod'
import { AGREEMENT_TYPES, CONFLICT_STATUSES, IMPLEMENTATION_STATUSES, REGIONS, RELIABILITIES, TERMS, TRACKS } from './vocab'

// ---------------------------------------------------------------- primitives

/** A stable, URL-safe, kebab-case identifier: `drc-rwanda`, `washington-accords`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (iss) => `expected a kebab-case id, got ${JSON.stringify(iss.input)}` })
export type Id = z.infer<typeof IdSchema>

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** A real calendar day as `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().check((ctx) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ctx.value)
  if (!m) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `expected an ISO date (YYYY-MM-DD), got ${JSON.stringify(ctx.value)}`,
    })
  } else if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `expected a real calendar date, got ${JSON.stringify(ctx.value)}`,
    })
  }
})
export type IsoDate = z.infer<typeof IsoDateSchema>

/** A date known to the year (`2025`), the month (`2025-02`) or the day (`2025-02-28`). */
export const PartialDateSchema = z.string().check((ctx) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(ctx.value)
  const ok =
    m !== null &&
    (m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12)) &&
    (m[3] === undefined || isRealDate(Number(m[1]), Number(m[2]), Number(m[3])))
  if (!ok) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(ctx.value)}`,
    })
  }
})
export type PartialDate = z.infer<typeof PartialDateSchema>

/** ISO 3166-1 alpha-3; Kosovo uses the user-assigned code `XKX`. */
export const Iso3Schema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: (iss) => `expected an ISO 3166-1 alpha-3 code, got ${JSON.stringify(iss.input)}` })
export type Iso3 = z.infer<typeof Iso3Schema>

export const UrlSchema = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/, { error: (iss) => `expected an http(s) URL, got ${JSON.stringify(iss.input)}` })

const Text = z.string().trim().min(1, { error: 'expected non-empty text' })

/**
 * How well a fact is supported. `verified`: seen in a primary or first-hand
 * source; `secondary`: seen in a mirror, aggregator or third-party copy;
 * `unverified`: no source seen, shown as unverified in the interface.
 */
export const VerificationSchema = z.enum(['verified', 'secondary', 'unverified'])
export type Verification = z.infer<typeof VerificationSchema>

/** Ids of records in `sources.json`; every fact names at least one. */
export const SourceRefsSchema = z.array(IdSchema).min(1, { error: 'expected at least one source id' })

const sourced = { sources: SourceRefsSchema, verification: VerificationSchema }

// ---------------------------------------------------------------- sources

export const SourceKindSchema = z.enum([
  'primary-text',
  'news-report',
  'official-statement',
  'data-release',
  'analysis',
  'reference',
])
export type SourceKind = z.infer<typeof SourceKindSchema>

/**
 * What kind of publisher stands behind a source, for weighing it. `primary`: the
 * document itself or an official statement of a party; `established-news`: an
 * established news organisation or wire; `specialist`: a specialist outlet, research
 * body or think tank; `aggregator`: an aggregator, mirror or copy of someone else's
 * text; `state-media`: state-controlled media; `blog`: a blog or personal site.
 * The last three never support a `verified` fact alone.
 */
export const ReliabilitySchema = z.enum(RELIABILITIES)
export type Reliability = z.infer<typeof ReliabilitySchema>

export const SourceSchema = z.strictObject({
  id: IdSchema,
  publisher: Text,
  title: Text,
  authors: z.array(Text).optional(),
  /** Publication date, as precise as the source gives it; omitted when the page carries none. */
  date: PartialDateSchema.optional(),
  url: UrlSchema,
  kind: SourceKindSchema,
  reliability: ReliabilitySchema.optional(),
  /** When the copy we read was seen. */
  accessed: IsoDateSchema.optional(),
  /** E.g. "mirror of a Reuters report", "Wikipedia copy". */
  note: Text.optional(),
})
export type Source = z.infer<typeof SourceSchema>

// ---------------------------------------------------------------- actors

export const ActorKindSchema = z.enum([
  'state',
  'non-state-armed-group',
  'political-movement',
  'international-organization',
  'company',
])
export type ActorKind = z.infer<typeof ActorKindSchema>

export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  shortName: Text.optional(),
  kind: ActorKindSchema,
  /** Required for states: used to draw the actor on the map. */
  iso3: Iso3Schema.optional(),
  description: Text.optional(),
  sources: SourceRefsSchema.optional(),
})
export type Actor = z.infer<typeof ActorSchema>

// ---------------------------------------------------------------- conflicts

export const ConflictStatusSchema = z.enum(CONFLICT_STATUSES)
export type ConflictStatus = z.infer<typeof ConflictStatusSchema>

export const RegionSchema = z.enum(REGIONS)
export type Region = z.infer<typeof RegionSchema>

export const PartyRoleSchema = z.enum(['belligerent', 'backer', 'mediator', 'observer'])
export type PartyRole = z.infer<typeof PartyRoleSchema>

export const ConflictPartySchema = z.strictObject({
  actor: IdSchema,
  role: PartyRoleSchema,
  /** E.g. "accused of backing M23; denies it". */
  note: Text.optional(),
  sources: SourceRefsSchema.optional(),
})
export type ConflictParty = z.infer<typeof ConflictPartySchema>

export const StatusEntrySchema = z.strictObject({
  date: PartialDateSchema,
  status: ConflictStatusSchema,
  /** Short label for the dated sequence, e.g. "Ceasefire agreed". */
  label: Text,
  note: Text.optional(),
  /** Agreement this entry is about, if any. */
  agreement: IdSchema.optional(),
  ...sourced,
})
export type StatusEntry = z.infer<typeof StatusEntrySchema>

export const ConflictSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  shortName: Text,
  region: RegionSchema,
  /** When the current phase began (as precise as sourced). */
  started: PartialDateSchema.optional(),
  startedNote: Text.optional(),
  parties: z.array(ConflictPartySchema).min(1),
  /** In our own words; never copied from the article. */
  summary: Text,
  /** Whether the White House counts it among the wars it says it ended, and what happened. */
  whiteHouseClaim: z.strictObject({ counted: z.boolean(), note: Text, ...sourced }),
  /** Oldest first; the last entry is the current status. */
  statusHistory: z.array(StatusEntrySchema).min(1),
  /**
   * The locator map's frame, when the parties' own shapes frame it badly (Russia's
   * whole territory, France's overseas departments). Without it the frame is derived
   * from the belligerents' shapes with a margin.
   */
  locator: z
    .strictObject({
      /** [[west, south], [east, north]] in degrees. */
      frame: z
        .tuple([
          z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
          z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
        ])
        .optional(),
      /** The party state whose centroid anchors the world-map marker (default: the smallest belligerent state). */
      marker: Iso3Schema.optional(),
    })
    .optional(),
  /** The day the sources on this conflict were last searched for newer events; defaults to the dataset's. */
  sourcesCheckedThrough: IsoDateSchema.optional(),
  /** Plain words on what could not be found, e.g. "No event after 3 July 2026 was found in the sources." */
  freshnessNote: Text.optional(),
  ...sourced,
})
export type Conflict = z.infer<typeof ConflictSchema>

// ---------------------------------------------------------------- agreements

export const AgreementTypeSchema = z.enum(AGREEMENT_TYPES)
export type AgreementType = z.infer<typeof AgreementTypeSchema>

export const AgreementStatusSchema = z.enum([
  'proposed',
  'initialled',
  'signed',
  'ratified',
  'in-force',
  'implementing',
  'holding',
  'violated',
  'suspended',
  'collapsed',
  'superseded',
  'not-signed',
  'occurred',
])
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>

/** Terms a reader scans for: what a deal trades in minerals, energy, money and access. */
export const TermSchema = z.enum(TERMS)
export type Term = z.infer<typeof TermSchema>

export const ProvisionSchema = z.strictObject({
  /** 1-based, stable: used in the `#provision-N` anchor. */
  n: z.int().positive(),
  text: Text,
  /** A short verbatim excerpt of the text or report, if any. */
  quote: Text.optional(),
  terms: z.array(TermSchema),
  ...sourced,
})
export type Provision = z.infer<typeof ProvisionSchema>

export const SignatorySchema = z.strictObject({
  person: Text.optional(),
  office: Text.optional(),
  party: IdSchema,
})
export type Signatory = z.infer<typeof SignatorySchema>

export const BrokerSchema = z.strictObject({
  actor: IdSchema,
  person: Text.optional(),
  role: z.enum(['broker', 'mediator', 'witness', 'observer', 'co-organiser', 'host']),
})
export type Broker = z.infer<typeof BrokerSchema>

export const RelationSchema = z.strictObject({
  type: z.enum(['supersedes', 'implements', 'parallel', 'follows', 'endorses']),
  agreement: IdSchema,
})
export type Relation = z.infer<typeof RelationSchema>

export const AgreementStatusEntrySchema = z.strictObject({
  date: PartialDateSchema,
  status: AgreementStatusSchema,
  label: Text,
  note: Text.optional(),
  ...sourced,
})
export type AgreementStatusEntry = z.infer<typeof AgreementStatusEntrySchema>

export const AgreementSchema = z.strictObject({
  id: IdSchema,
  title: Text,
  commonName: Text.optional(),
  /**
   * `peace`: a deal or event of one of the conflicts; `minerals-diplomacy`: a minerals,
   * investment or supply deal of the wider US minerals diplomacy, shown apart.
   */
  track: z.enum(TRACKS),
  /** The conflict it belongs to; required on the peace track, set on the other where the sources link it. */
  conflict: IdSchema.optional(),
  /** Resources the deal itself trades (besides those reached through stakes). */
  resources: z.array(IdSchema).optional(),
  /** `agreement` is a deal or document; `event` a key event on the way (summit, strike, attack). */
  kind: z.enum(['agreement', 'event']),
  type: AgreementTypeSchema,
  /** Signing or event date; with `datePrecision` `month`, the day is `01` and not meaningful. */
  date: IsoDateSchema,
  datePrecision: z.enum(['day', 'month']),
  dateNote: Text.optional(),
  place: z.strictObject({ name: Text, site: IdSchema.optional() }).optional(),
  summary: Text,
  signatories: z.array(SignatorySchema),
  brokers: z.array(BrokerSchema),
  provisions: z.array(ProvisionSchema),
  /** What each side gets, in our words. */
  traded: z.array(z.strictObject({ party: IdSchema, gets: z.array(Text).min(1) })),
  relations: z.array(RelationSchema),
  statusHistory: z.array(AgreementStatusEntrySchema).min(1),
  ...sourced,
})
export type Agreement = z.infer<typeof AgreementSchema>

// ---------------------------------------------------------------- resources and stakes

export const ResourceKindSchema = z.enum(['mineral', 'fuel', 'water', 'corridor'])

export const ChinaShareSchema = z.strictObject({
  /** Percent, 0-100. */
  share: z.number().min(0).max(100),
  stage: z.enum(['mining', 'refining', 'processing', 'smelting']),
  year: z.int().optional(),
  /** Qualifier as the source gives it: "over", "about", "nearly". */
  qualifier: z.enum(['exact', 'about', 'over', 'nearly']),
  note: Text.optional(),
  ...sourced,
})
export type ChinaShare = z.infer<typeof ChinaShareSchema>

export const ResourceSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  kind: ResourceKindSchema,
  symbol: Text.optional(),
  /** What it is used for, in our words after the USGS sheet. */
  uses: Text.optional(),
  /** Key of the imported USGS MCS 2026 table in `usgs-mcs-2026.json`, if any. */
  usgs: IdSchema.optional(),
  chinaShares: z.array(ChinaShareSchema),
  sources: SourceRefsSchema.optional(),
})
export type Resource = z.infer<typeof ResourceSchema>

export const FigureSchema = z.strictObject({
  label: Text,
  value: z.number(),
  unit: Text,
  year: z.int().optional(),
  /** Percent of the world, 0-100, when the source or USGS arithmetic gives it. */
  share: z.number().min(0).max(100).optional(),
  /** `claim`: a figure given by an official or party and not confirmed by USGS. */
  basis: z.enum(['measured', 'estimate', 'claim']),
  claimedBy: Text.optional(),
  note: Text.optional(),
  ...sourced,
})
export type Figure = z.infer<typeof FigureSchema>

export const StakeSchema = z.strictObject({
  id: IdSchema,
  conflict: IdSchema,
  agreements: z.array(IdSchema),
  resource: IdSchema,
  /** The country or actor whose resource it is. */
  actor: IdSchema.optional(),
  /** Sub-national area: "Balochistan", "eastern DRC". */
  area: Text.optional(),
  why: Text,
  figures: z.array(FigureSchema),
  ...sourced,
})
export type Stake = z.infer<typeof StakeSchema>

// ---------------------------------------------------------------- sites

const LonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])

export const SiteSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  kind: z.enum(['mine', 'deposit', 'corridor', 'facility', 'venue', 'city', 'dam', 'port']),
  conflicts: z.array(IdSchema).min(1),
  resources: z.array(IdSchema),
  /** GeoJSON geometry in WGS84 (`[longitude, latitude]`). */
  geometry: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('Point'), coordinates: LonLatSchema }),
    z.strictObject({ type: z.literal('LineString'), coordinates: z.array(LonLatSchema).min(2) }),
  ]),
  description: Text,
  note: Text.optional(),
  ...sourced,
})
export type Site = z.infer<typeof SiteSchema>

// ---------------------------------------------------------------- assessments and discrepancies

export const StanceSchema = z.enum(['skeptical', 'mixed', 'supportive'])
export type Stance = z.infer<typeof StanceSchema>

export const AssessmentSchema = z.strictObject({
  id: IdSchema,
  expert: Text,
  affiliation: Text,
  /** Verbatim, in the language spoken. */
  quote: Text,
  /** BCP 47 language of the quote (`fr`, `uk`); required when it is not English. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a BCP 47 language tag such as "fr"' }).optional(),
  /** Our English translation when the quote is not in English. */
  translation: Text.optional(),
  date: PartialDateSchema,
  publication: Text,
  url: UrlSchema,
  /** E.g. "as quoted in the CFR article; original not found". */
  quotedVia: Text.optional(),
  stance: StanceSchema,
  about: z.strictObject({
    conflicts: z.array(IdSchema),
    agreements: z.array(IdSchema),
    policy: z.boolean(),
  }),
  ...sourced,
})
export type Assessment = z.infer<typeof AssessmentSchema>

export const DiscrepancySchema = z.strictObject({
  id: IdSchema,
  title: Text,
  conflict: IdSchema.optional(),
  agreements: z.array(IdSchema),
  articleSays: Text,
  sourcesSay: Text,
  atlasFollows: Text,
  why: Text,
  ...sourced,
})
export type Discrepancy = z.infer<typeof DiscrepancySchema>

// ---------------------------------------------------------------- USGS tables (generated by `npm run import:usgs`)

/** One cell of a USGS table, keeping NA and W apart from zero. */
export const UsgsValueSchema = z.strictObject({
  value: z.number().nullable(),
  status: z.enum(['reported', 'estimated', 'zero', 'not-available', 'withheld', 'lower-bound', 'included-in-world']),
  /** The cell as printed. */
  raw: z.string(),
})
export type UsgsValue = z.infer<typeof UsgsValueSchema>

export const UsgsRowSchema = z.strictObject({
  iso3: Iso3Schema,
  usgsName: Text,
  production: z.strictObject({ previous: UsgsValueSchema, latest: UsgsValueSchema }),
  reserves: UsgsValueSchema,
  footnote: Text.optional(),
})
export type UsgsRow = z.infer<typeof UsgsRowSchema>

export const UsgsTableSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  edition: z.literal('MCS 2026'),
  published: z.literal('2026-02'),
  pdfUrl: UrlSchema,
  table: Text,
  unitNote: z.string(),
  /** Unit of the production columns, as we read the sheet. */
  productionUnit: Text,
  reservesUnit: Text,
  years: z.strictObject({ previous: z.int(), latest: z.int() }),
  rows: z.array(UsgsRowSchema),
  other: z.strictObject({ production: z.strictObject({ previous: UsgsValueSchema, latest: UsgsValueSchema }), reserves: UsgsValueSchema }).optional(),
  world: z.strictObject({ production: z.strictObject({ previous: UsgsValueSchema, latest: UsgsValueSchema }), reserves: UsgsValueSchema }),
  usesText: z.string().optional(),
  eventsText: z.string().optional(),
  netImportReliance: z.array(z.strictObject({ year: Text, value: UsgsValueSchema })),
  prices: z.array(z.strictObject({ form: Text, unit: Text, series: z.array(z.strictObject({ year: Text, value: UsgsValueSchema })) })),
  caveats: z.array(Text),
})
export type UsgsTable = z.infer<typeof UsgsTableSchema>

// ---------------------------------------------------------------- implementation of provisions

/**
 * How far a provision has been carried out, after the Peace Accords Matrix's scale
 * (not started, minimal, intermediate, full) with the states a record also needs.
 */
export const ImplementationStatusSchema = z.enum(IMPLEMENTATION_STATUSES)
export type ImplementationStatus = z.infer<typeof ImplementationStatusSchema>

export const ImplementationEntrySchema = z.strictObject({
  date: PartialDateSchema,
  status: ImplementationStatusSchema,
  /** What happened, in our words. */
  note: Text,
  ...sourced,
})
export type ImplementationEntry = z.infer<typeof ImplementationEntrySchema>

/** The sourced implementation history of one provision; provisions without one show "no sourced status". */
export const ImplementationSchema = z.strictObject({
  agreement: IdSchema,
  /** The provision's `n`. */
  provision: z.int().positive(),
  /** Oldest first. */
  history: z.array(ImplementationEntrySchema).min(1),
})
export type Implementation = z.infer<typeof ImplementationSchema>

// ---------------------------------------------------------------- metadata

export const MetaSchema = z.strictObject({
  title: Text,
  version: Text,
  /** The day this version of the dataset was released. */
  released: IsoDateSchema,
  /** The day up to which the sources were searched for newer events (not the date of the newest event). */
  sourcesCheckedThrough: IsoDateSchema,
  license: Text,
  seed: IdSchema,
})
export type Meta = z.infer<typeof MetaSchema>

export const ChangelogEntrySchema = z.strictObject({ version: Text, date: IsoDateSchema, changes: z.array(Text).min(1) })
export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>

/**
 * Every data file, its schema and the key it fills in `Dataset`. A key with
 * several files (sources) takes the concatenation of their arrays.
 */
export const DATA_FILES = {
  meta: { files: ['meta.json'], schema: MetaSchema },
  changelog: { files: ['changelog.json'], schema: z.array(ChangelogEntrySchema) },
  sources: {
    files: [
      'sources.json',
      'sources-minerals.json',
      'sources-2026.json',
      'sources-minerals-diplomacy.json',
      'sources-implementation.json',
    ],
    schema: z.array(SourceSchema),
  },
  actors: { files: ['actors.json', 'actors-minerals-diplomacy.json'], schema: z.array(ActorSchema) },
  conflicts: { files: ['conflicts.json'], schema: z.array(ConflictSchema) },
  agreements: { files: ['agreements.json', 'agreements-minerals-diplomacy.json'], schema: z.array(AgreementSchema) },
  implementation: { files: ['implementation.json'], schema: z.array(ImplementationSchema) },
  resources: { files: ['resources.json'], schema: z.array(ResourceSchema) },
  stakes: { files: ['stakes.json'], schema: z.array(StakeSchema) },
  sites: { files: ['sites.json'], schema: z.array(SiteSchema) },
  assessments: { files: ['assessments.json'], schema: z.array(AssessmentSchema) },
  discrepancies: { files: ['discrepancies.json'], schema: z.array(DiscrepancySchema) },
  usgs: { files: ['usgs-mcs-2026.json'], schema: z.array(UsgsTableSchema) },
} as const

export const DatasetSchema = z.strictObject({
  meta: MetaSchema,
  changelog: z.array(ChangelogEntrySchema),
  sources: z.array(SourceSchema),
  actors: z.array(ActorSchema),
  conflicts: z.array(ConflictSchema),
  agreements: z.array(AgreementSchema),
  implementation: z.array(ImplementationSchema),
  resources: z.array(ResourceSchema),
  stakes: z.array(StakeSchema),
  sites: z.array(SiteSchema),
  assessments: z.array(AssessmentSchema),
  discrepancies: z.array(DiscrepancySchema),
  usgs: z.array(UsgsTableSchema),
})
export type Dataset = z.infer<typeof DatasetSchema>
export type DatasetKey = keyof typeof DATA_FILES
