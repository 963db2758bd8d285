/** The data model: sites. */
import { z } from 'zod'
import { IdSchema, Text, sourcedFact } from './primitives'

const LonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])

export const SiteSchema = sourcedFact({
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
})
export type Site = z.infer<typeof SiteSchema>
