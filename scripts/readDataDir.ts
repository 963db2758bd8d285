import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_FILES } from '../src/data/schema'

/** Reads every data file the schema names from `dir`; a missing file is left undefined. */
export function readDataDir(dir: string): Record<string, string | undefined> {
  const texts: Record<string, string | undefined> = {}
  for (const spec of Object.values(DATA_FILES)) {
    for (const name of spec.files) {
      const path = join(dir, name)
      texts[name] = existsSync(path) ? readFileSync(path, 'utf8') : undefined
    }
  }
  return texts
}

/** The data folder the build reads: `$ATLAS_DATA`, else `data`. */
export const dataDir = (): string => (process.env.ATLAS_DATA ?? 'data').replace(/\/+$/, '') || 'data'
