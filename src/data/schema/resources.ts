/** The data model: resources and stakes. */
import { z } from 'zod'
import { IdSchema, SourceRefsSchema, Text, sourcedFact } from './primitives'

export const ResourceKindSchema = z.enum(['mineral', 'fuel', 'water', 'corridor'])

export const ChinaShareSchema = sourcedFact({
  /** Percent, 0-100. */
  share: z.number().min(0).max(100),
  stage: z.enum(['mining', 'refining', 'processing', 'smelting']),
  year: z.int().optional(),
  /** Qualifier as the source gives it: "over", "about", "nearly". */
  qualifier: z.enum(['exact', 'about', 'over', 'nearly']),
  note: Text.optional(),
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

export const FigureSchema = sourcedFact({
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
})
export type Figure = z.infer<typeof FigureSchema>

export const StakeSchema = sourcedFact({
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
})
export type Stake = z.infer<typeof StakeSchema>
