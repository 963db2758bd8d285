/** The data model: actors. */
import { z } from 'zod'
import { IdSchema, Iso3Schema, SourceRefsSchema, Text } from './primitives'

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
