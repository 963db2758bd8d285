/** The data model: sources. */
import { z } from 'zod'
import { RELIABILITIES } from '../vocab'
import { IdSchema, IsoDateSchema, PartialDateSchema, Text, UrlSchema } from './primitives'

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
  reliability: ReliabilitySchema,
  /** When the copy we read was seen. */
  accessed: IsoDateSchema.optional(),
  /** E.g. "mirror of a Reuters report", "Wikipedia copy". */
  note: Text.optional(),
})
export type Source = z.infer<typeof SourceSchema>
