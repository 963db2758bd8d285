/**
 * A thread of the prerender: with its own copy of the server build, writes the pages it
 * takes (see claim.ts); the first thread also writes the site's own files (siteFiles.ts).
 */
import type { CardFonts } from './cardFonts'
import { drain } from './claim'
import { pageWriter, type ShellSource } from './pageWriter'
import type { Server } from './server'
import { writeSiteFiles } from './siteFiles'

export interface WorkerInput {
  index: number
  counter: Int32Array
  shell: ShellSource
  fonts: CardFonts | null
}
export interface WorkerReport {
  pages: number
  cards: number
}

export async function run(server: Server, { index, counter, shell, fonts }: WorkerInput): Promise<WorkerReport> {
  const pages = server.prerenderedPages().map(({ path, module }) => ({ path, module }))
  const writePage = pageWriter(server, pages, shell, fonts)
  let cards = 0
  await drain(counter, pages.length, async (i) => {
    if ((await writePage(pages[i]!)).card) cards++
  })
  if (index === 0) await writeSiteFiles(server, pages, shell)
  return { pages: pages.length, cards }
}
