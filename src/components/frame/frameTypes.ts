/** What a frame hands its downloads: its texts, a file name and the data it shows. */
import type { Cell } from '../../lib/csv'

export type FrameFormat = 'svg' | 'png' | 'png-social' | 'csv'

/** The data a frame shows, as one table. */
export interface FrameTable {
  header: string[]
  rows: Cell[][]
}

export interface FrameExport {
  title: string
  subtitle: string
  /** Credit lines: the sources, then the licence and the atlas's address. */
  footer: string[]
  fileName: string
  data?: () => FrameTable
}

export interface FrameText {
  title: string
  subtitle: string
  /** Who the view's figures come from, one credit each. */
  sources: readonly string[]
  fileName: string
  data?: () => FrameTable
  /** The in-app path of the view's embed, when it has one. */
  embedPath?: string | null
  /** What Cite cites: the page, without the view's query. */
  citePath: string
}
