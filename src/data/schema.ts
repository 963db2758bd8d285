/**
 * The atlas's data model, one file per entity under `schema/`. These zod schemas
 * are the only place data types are declared: every `type X` is inferred from the
 * `XSchema` beside it, and the
 * JSON files in `data/` are parsed against them once, at one boundary
 * (`src/data/load.ts`). Schemas hold no transforms, so each parsed type equals
 * the JSON shape and the schema doubles as the documentation of the file.
 */
export * from './schema/primitives'
export * from './schema/sources'
export * from './schema/actors'
export * from './schema/conflicts'
export * from './schema/agreements'
export * from './schema/implementation'
export * from './schema/resources'
export * from './schema/sites'
export * from './schema/evidence'
export * from './schema/usgs'
export * from './schema/meta'
export * from './schema/dataset'
