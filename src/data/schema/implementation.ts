/** The data model: implementation of provisions. */
import { z } from 'zod'
import { IMPLEMENTATION_STATUSES } from '../vocab'
import { IdSchema, Text, statusStep } from './primitives'

/**
 * How far a provision has been carried out, after the Peace Accords Matrix's scale
 * (not started, minimal, intermediate, full) with the states a record also needs.
 */
export const ImplementationStatusSchema = z.enum(IMPLEMENTATION_STATUSES)
export type ImplementationStatus = z.infer<typeof ImplementationStatusSchema>

export const ImplementationEntrySchema = statusStep(ImplementationStatusSchema, {
  /** What happened, in our words. */
  note: Text,
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
