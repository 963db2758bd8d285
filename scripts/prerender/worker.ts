/** A thread of the prerender: loads its own server build and writes the pages it takes (see claim.ts). */
import { parentPort, workerData } from 'node:worker_threads'
import type { CardFonts } from './cardFonts'
import { drain } from './claim'
import { pageWriter, type PrerenderedPage, type ShellSource } from './pageWriter'
import { loadServer } from './server'

export interface WorkerInput {
  pages: PrerenderedPage[]
  counter: Int32Array
  shell: ShellSource
  fonts: CardFonts | null
}
export interface WorkerReport {
  cards: number
}

const { pages, counter, shell, fonts } = workerData as WorkerInput
const writePage = pageWriter(await loadServer(), pages, shell, fonts)
let cards = 0
await drain(counter, pages.length, async (i) => {
  if ((await writePage(pages[i]!)).card) cards++
})
parentPort?.postMessage({ cards } satisfies WorkerReport)
