/**
 * The one boundary where data enters the atlas: raw file texts are parsed as
 * JSON, validated with the zod schemas and checked across records. Every
 * problem is collected (never only the first) as `file: $.json.path: rule`.
 * No React and no file system here, so the build, the CLI check and the
 * tests all call the same code.
 */
import type { z } from 'zod'
import { checkChangelog } from './changelogChecks'
import { checkIntegrity } from './integrity'
import { DATA_FILES, type Dataset, type DatasetKey } from './schema'

export interface DataProblem {
  file: string
  /** JSONPath into the file, e.g. `$[3].date`; `$` for the whole file. */
  path: string
  message: string
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}: ${p.path}: ${p.message}`
}

/** `['a', 3, 'b']` → `$.a[3].b`. */
export function toJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$'
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`
    else out += `[${JSON.stringify(String(key))}]`
  }
  return out
}

/** Turns a JSON.parse error into "line L, column C: reason". */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const m = /position (\d+)/.exec(message)
  const offset = m ? Number(m[1]) : /end of JSON input|Unexpected end/i.test(message) ? text.length : -1
  const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '')
  if (offset < 0) return `invalid JSON: ${reason}`
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `invalid JSON at line ${line}, column ${column}: ${reason}`
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // zod's default messages are terse; keep custom ones as they are, and say what was
  // received for the common structural failures.
  if (issue.code === 'invalid_type') {
    return issue.message.startsWith('Invalid input') ? `expected ${issue.expected}` : issue.message
  }
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
  return issue.message
}

/** Where each record of a collection came from, so cross-record problems name their file. */
export type Origins = Partial<Record<DatasetKey, Array<{ file: string; index: number }>>>

export interface LoadResult {
  dataset: Dataset | null
  problems: DataProblem[]
  origins: Origins
}

/**
 * Parses the texts of the data files (keyed by file name, e.g. `conflicts.json`).
 * `dir` only prefixes file names in messages. A missing file is a problem too.
 */
export function loadDataset(texts: Readonly<Record<string, string | undefined>>, dir = 'data'): LoadResult {
  const problems: DataProblem[] = []
  const origins: Origins = {}
  const out: Partial<Record<DatasetKey, unknown>> = {}
  for (const [key, spec] of Object.entries(DATA_FILES) as Array<[DatasetKey, (typeof DATA_FILES)[DatasetKey]]>) {
    const parts: unknown[] = []
    let failed = false
    for (const name of spec.files) {
      const file = `${dir}/${name}`
      const text = texts[name]
      if (text === undefined) {
        problems.push({ file, path: '$', message: 'file is missing' })
        failed = true
        continue
      }
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch (error) {
        problems.push({ file, path: '$', message: describeJsonError(text, error) })
        failed = true
        continue
      }
      const result = (spec.schema as z.ZodType).safeParse(json)
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file, path: toJsonPath(issue.path), message: describeIssue(issue) })
        }
        failed = true
        continue
      }
      if (Array.isArray(result.data)) {
        const list = (origins[key] ??= [])
        result.data.forEach((_, index) => list.push({ file, index }))
      }
      parts.push(result.data)
    }
    if (failed) continue
    out[key] = spec.files.length > 1 ? parts.flat() : parts[0]
  }
  if (problems.length > 0) return { dataset: null, problems, origins }
  const dataset = out as Dataset
  problems.push(...checkIntegrity(dataset, origins, dir), ...checkChangelog(dataset.changelog, `${dir}/changelog.json`))
  return { dataset: problems.length > 0 ? null : dataset, problems, origins }
}

export { checkIntegrity }
