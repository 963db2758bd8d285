/** The data model: agreements. */
import { z } from 'zod'
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, TERMS, TRACKS } from '../vocab'
import { IdSchema, IsoDateSchema, Text, labelledStep, sourcedFact } from './primitives'

export const AgreementTypeSchema = z.enum(AGREEMENT_TYPES)
export type AgreementType = z.infer<typeof AgreementTypeSchema>

export const AgreementStatusSchema = z.enum(AGREEMENT_STATUSES)
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>

/** Terms a reader scans for: what a deal trades in minerals, energy, money and access. */
export const TermSchema = z.enum(TERMS)
export type Term = z.infer<typeof TermSchema>

export const ProvisionSchema = sourcedFact({
  /** 1-based, stable: used in the `#provision-N` anchor. */
  n: z.int().positive(),
  text: Text,
  /** A short verbatim excerpt of the text or report, if any. */
  quote: Text.optional(),
  terms: z.array(TermSchema),
})
export type Provision = z.infer<typeof ProvisionSchema>

export const SignatorySchema = z.strictObject({
  person: Text.optional(),
  office: Text.optional(),
  party: IdSchema,
})
export type Signatory = z.infer<typeof SignatorySchema>

export const BrokerSchema = z.strictObject({
  actor: IdSchema,
  person: Text.optional(),
  role: z.enum(['broker', 'mediator', 'witness', 'observer', 'co-organiser', 'host']),
})
export type Broker = z.infer<typeof BrokerSchema>

export const RelationSchema = z.strictObject({
  type: z.enum(['supersedes', 'implements', 'parallel', 'follows', 'endorses']),
  agreement: IdSchema,
})
export type Relation = z.infer<typeof RelationSchema>

export const AgreementStatusEntrySchema = labelledStep(AgreementStatusSchema)
export type AgreementStatusEntry = z.infer<typeof AgreementStatusEntrySchema>

export const AgreementSchema = sourcedFact({
  id: IdSchema,
  title: Text,
  commonName: Text.optional(),
  /**
   * `peace`: a deal or event of one of the conflicts; `minerals-diplomacy`: a minerals,
   * investment or supply deal of the wider US minerals diplomacy, shown apart.
   */
  track: z.enum(TRACKS),
  /** The conflict it belongs to; required on the peace track, set on the other where the sources link it. */
  conflict: IdSchema.optional(),
  /** Resources the deal itself trades (besides those reached through stakes). */
  resources: z.array(IdSchema).optional(),
  /** `agreement` is a deal or document; `event` a key event on the way (summit, strike, attack). */
  kind: z.enum(['agreement', 'event']),
  type: AgreementTypeSchema,
  /** Signing or event date; with `datePrecision` `month`, the day is `01` and not meaningful. */
  date: IsoDateSchema,
  datePrecision: z.enum(['day', 'month']),
  dateNote: Text.optional(),
  place: z.strictObject({ name: Text, site: IdSchema.optional() }).optional(),
  summary: Text,
  signatories: z.array(SignatorySchema),
  brokers: z.array(BrokerSchema),
  provisions: z.array(ProvisionSchema),
  /** What each side gets, in our words. */
  traded: z.array(z.strictObject({ party: IdSchema, gets: z.array(Text).min(1) })),
  relations: z.array(RelationSchema),
  statusHistory: z.array(AgreementStatusEntrySchema).min(1),
})
export type Agreement = z.infer<typeof AgreementSchema>
