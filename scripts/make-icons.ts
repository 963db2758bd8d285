/** `tsx scripts/make-icons.ts [OUT_DIR]`: draws the icons of scripts/icons.ts, by default into public/. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { drawIcon, ICONS } from './icons'

const OUT = process.argv[2] ?? 'public'
const mark = readFileSync('src/icon.svg', 'utf8')
mkdirSync(OUT, { recursive: true })
for (const { file, size } of ICONS) writeFileSync(join(OUT, file), drawIcon(mark, size))
