/**
 * The changelog's own rules, after its schema: a line that says it corrects earlier
 * data is of kind `correction` (so it is shown as one, never hidden among additions),
 * and each version appears once, in date order.
 */
import type { DataProblem } from './load'
import type { ChangelogEntry } from './schema'

/** Words by which a line says it corrects the data ("Corrected: …", "… is corrected here"). */
const SAYS_CORRECTED = /\bcorrect(ed|ion)\b/i

export function checkChangelog(changelog: readonly ChangelogEntry[], file = 'data/changelog.json'): DataProblem[] {
  const problems: DataProblem[] = []
  const versions = new Set<string>()
  changelog.forEach((r, i) => {
    if (versions.has(r.version)) problems.push({ file, path: `$[${i}].version`, message: `duplicate version "${r.version}"` })
    versions.add(r.version)
    const prev = changelog[i - 1]
    if (prev && prev.date > r.date)
      problems.push({ file, path: `$[${i}].date`, message: `releases out of date order (${prev.date} before ${r.date})` })
    r.changes.forEach((c, j) => {
      if (c.kind !== 'correction' && SAYS_CORRECTED.test(c.text))
        problems.push({
          file,
          path: `$[${i}].changes[${j}].kind`,
          message: `the line says it corrects earlier data: its kind must be "correction", not "${c.kind}"`,
        })
    })
  })
  return problems
}
