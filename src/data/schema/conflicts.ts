/** The data model: conflicts. */
import { z } from 'zod'
import { CONFLICT_STATUSES, REGIONS } from '../vocab'
import {
  IdSchema,
  Iso3Schema,
  IsoDateSchema,
  PartialDateSchema,
  SourceRefsSchema,
  Text,
  sourcedFact,
  labelledStep,
} from './primitives'

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

export const StatusEntrySchema = labelledStep(ConflictStatusSchema, {
  /** Agreement this entry is about, if any. */
  agreement: IdSchema.optional(),
})
export type StatusEntry = z.infer<typeof StatusEntrySchema>

export const ConflictSchema = sourcedFact({
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
  whiteHouseClaim: sourcedFact({
    counted: z.boolean(),
    /**
     * The date of the claim the atlas records: the publication date of one of the claim's
     * sources that reports it (not necessarily the first time it was made). Only when counted.
     */
    since: PartialDateSchema.optional(),
    note: Text,
  }),
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
})
export type Conflict = z.infer<typeof ConflictSchema>
