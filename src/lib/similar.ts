/** Closest-match suggestions for an unknown id, for the not-found page. Pure. */

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = up
    }
  }
  return prev[b.length] ?? 0
}

const normalise = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/**
 * Ranks candidates by how well they match `query`: shared words count most, then
 * edit distance. Returns at most `limit` candidates that share something with it.
 */
export function closestMatches<T>(query: string, candidates: readonly T[], keys: (c: T) => string[], limit = 3): T[] {
  const q = normalise(query)
  if (!q) return []
  const qWords = new Set(q.split(' ').filter((w) => w.length > 1))
  const scored = candidates.map((c) => {
    let best = Infinity
    let shared = 0
    for (const key of keys(c)) {
      const k = normalise(key)
      const words = k.split(' ')
      shared = Math.max(
        shared,
        words.filter((w) => qWords.has(w) || [...qWords].some((x) => x.length > 2 && w.startsWith(x))).length,
      )
      best = Math.min(best, editDistance(q, k) / Math.max(q.length, k.length, 1))
    }
    return { c, score: shared * 2 + (1 - best) }
  })
  return scored
    .filter((s) => s.score > 0.45)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.c)
}
