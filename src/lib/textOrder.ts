/**
 * One English collator for every name sort: the prerender and every browser order
 * names alike whatever the reader's locale, so the hydrated page meets the same list.
 * It is made on the first comparison: making one loads the collation tables, tens of
 * milliseconds on a phone, which a page that sorts nothing should not pay.
 */
let collator: Intl.Collator | undefined

/** Compares two texts as an English reader orders them. */
export const byText = (a: string, b: string): number => (collator ??= new Intl.Collator('en')).compare(a, b)
