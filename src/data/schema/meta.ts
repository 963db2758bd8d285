/** The data model: metadata. */
import { z } from 'zod'
import { CHANGE_KINDS } from '../vocab'
import { IdSchema, IsoDateSchema, Text } from './primitives'

export const MetaSchema = z.strictObject({
  title: Text,
  version: Text,
  /** The day this version of the dataset was released. */
  released: IsoDateSchema,
  /** The day up to which the sources were searched for newer events (not the date of the newest event). */
  sourcesCheckedThrough: IsoDateSchema,
  /**
   * The first day of the period the atlas covers (the deal-making of 2025 on); older
   * events are background. The timeline starts here and "signed since" counts from it.
   */
  coverageFrom: IsoDateSchema,
  license: Text,
  seed: IdSchema,
})
export type Meta = z.infer<typeof MetaSchema>

export const ChangeKindSchema = z.enum(CHANGE_KINDS)
export type ChangeKind = z.infer<typeof ChangeKindSchema>

/** One line of a release's changelog: what it does (a correction is said to be one) and what changed. */
export const ChangeSchema = z.strictObject({ kind: ChangeKindSchema, text: Text })
export type Change = z.infer<typeof ChangeSchema>

export const ChangelogEntrySchema = z.strictObject({
  version: Text,
  date: IsoDateSchema,
  changes: z.array(ChangeSchema).min(1),
})
export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>
