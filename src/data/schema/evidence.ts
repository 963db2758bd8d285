/** The data model: assessments and discrepancies. */
import { z } from 'zod'
import { IdSchema, PartialDateSchema, Text, UrlSchema, sourcedFact } from './primitives'

export const StanceSchema = z.enum(['skeptical', 'mixed', 'supportive'])
export type Stance = z.infer<typeof StanceSchema>

export const AssessmentSchema = sourcedFact({
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
})
export type Assessment = z.infer<typeof AssessmentSchema>

export const DiscrepancySchema = sourcedFact({
  id: IdSchema,
  title: Text,
  conflict: IdSchema.optional(),
  agreements: z.array(IdSchema),
  articleSays: Text,
  sourcesSay: Text,
  atlasFollows: Text,
  why: Text,
})
export type Discrepancy = z.infer<typeof DiscrepancySchema>
