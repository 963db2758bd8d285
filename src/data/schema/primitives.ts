/** The data model: primitives. */
import { z } from 'zod'

/** A stable, URL-safe, kebab-case identifier: `drc-rwanda`, `washington-accords`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (iss) => `expected a kebab-case id, got ${JSON.stringify(iss.input)}` })
export type Id = z.infer<typeof IdSchema>

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** A real calendar day as `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().check((ctx) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ctx.value)
  if (!m) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `expected an ISO date (YYYY-MM-DD), got ${JSON.stringify(ctx.value)}`,
    })
  } else if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `expected a real calendar date, got ${JSON.stringify(ctx.value)}`,
    })
  }
})
export type IsoDate = z.infer<typeof IsoDateSchema>

/** A date known to the year (`2025`), the month (`2025-02`) or the day (`2025-02-28`). */
export const PartialDateSchema = z.string().check((ctx) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(ctx.value)
  const ok =
    m !== null &&
    (m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12)) &&
    (m[3] === undefined || isRealDate(Number(m[1]), Number(m[2]), Number(m[3])))
  if (!ok) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(ctx.value)}`,
    })
  }
})
export type PartialDate = z.infer<typeof PartialDateSchema>

/** ISO 3166-1 alpha-3; Kosovo uses the user-assigned code `XKX`. */
export const Iso3Schema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: (iss) => `expected an ISO 3166-1 alpha-3 code, got ${JSON.stringify(iss.input)}` })
export type Iso3 = z.infer<typeof Iso3Schema>

export const UrlSchema = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/, { error: (iss) => `expected an http(s) URL, got ${JSON.stringify(iss.input)}` })

export const Text = z.string().trim().min(1, { error: 'expected non-empty text' })

/**
 * How well a fact is supported. `verified`: seen in a primary or first-hand
 * source; `secondary`: seen in a mirror, aggregator or third-party copy;
 * `unverified`: no source seen, shown as unverified in the interface.
 */
export const VerificationSchema = z.enum(['verified', 'secondary', 'unverified'])
export type Verification = z.infer<typeof VerificationSchema>

/** Ids of records in `sources.json`; every fact names at least one. */
export const SourceRefsSchema = z.array(IdSchema).min(1, { error: 'expected at least one source id' })

const sourced = { sources: SourceRefsSchema, verification: VerificationSchema }

/** A fact the atlas states: a record of exactly these fields that names its sources and how well they support it. */
export const sourcedFact = <F extends z.core.$ZodLooseShape>(fields: F) => z.strictObject({ ...fields, ...sourced })

/**
 * One dated, sourced step of a status history (oldest first): when, the status in the
 * history's own vocabulary, then the history's own words on it.
 */
export const statusStep = <S extends z.ZodType, F extends z.core.$ZodLooseShape>(status: S, fields: F) =>
  sourcedFact({ date: PartialDateSchema, status, ...fields })

/**
 * A step of a deal's or a conflict's status history, as their pages list it: a short
 * label for the dated sequence ("Ceasefire agreed") and an optional note, then `fields`.
 */
export const labelledStep = <S extends z.ZodType, F extends z.core.$ZodLooseShape = Record<never, never>>(
  status: S,
  fields: F = {} as F,
) => statusStep(status, { label: Text, note: Text.optional(), ...fields })
