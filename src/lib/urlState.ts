/**
 * Helpers for URL query state. Parsing never throws: an unknown, repeated or
 * malformed value falls back to the default (the first valid value wins).
 */

/** The first value of `key` that is in `allowed`, else `fallback`. */
export function pickOne<T extends string>(sp: URLSearchParams, key: string, allowed: readonly T[], fallback: T): T
export function pickOne<T extends string>(
  sp: URLSearchParams,
  key: string,
  allowed: readonly T[],
  fallback: null,
): T | null
export function pickOne<T extends string>(
  sp: URLSearchParams,
  key: string,
  allowed: readonly T[],
  fallback: T | null,
): T | null {
  for (const v of sp.getAll(key)) if ((allowed as readonly string[]).includes(v)) return v as T
  return fallback
}

/** Every distinct allowed value of a repeated key, in the order of `allowed` (so URLs are canonical). */
export function pickMany<T extends string>(sp: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const given = new Set(sp.getAll(key))
  return allowed.filter((v) => given.has(v))
}

export function pickFlag(sp: URLSearchParams, key: string): boolean {
  const v = sp.get(key)
  return v === '1' || v === 'true'
}

/** A finite number within [min, max], else null. */
export function pickNumber(sp: URLSearchParams, key: string, min: number, max: number): number | null {
  const raw = sp.get(key)
  if (raw === null || raw.trim() === '') return null
  const n = Number(raw)
  return Number.isFinite(n) && n >= min && n <= max ? n : null
}

/** Appends each value; skips empty lists so defaults stay out of the URL. */
export function appendAll(sp: URLSearchParams, key: string, values: readonly string[]): void {
  for (const v of values) sp.append(key, v)
}
