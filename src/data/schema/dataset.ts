/** The data model: the dataset. */
import { z } from 'zod'
import { ActorSchema } from './actors'
import { AgreementSchema } from './agreements'
import { ConflictSchema } from './conflicts'
import { AssessmentSchema, DiscrepancySchema } from './evidence'
import { ImplementationSchema } from './implementation'
import { ChangelogEntrySchema, MetaSchema } from './meta'
import { ResourceSchema, StakeSchema } from './resources'
import { SiteSchema } from './sites'
import { SourceSchema } from './sources'
import { UsgsTableSchema } from './usgs'
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
