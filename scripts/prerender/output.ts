/** Writing the built site's files: each folder is made once per thread, not once per file. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const made = new Set<string>()

export function write(path: string, content: string | Buffer) {
  const dir = dirname(path)
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true })
    made.add(dir)
  }
  writeFileSync(path, content)
}
