/** What a comparison shows of an expert's assessment, for a deal or a conflict alike. Pure. */
import type { Assessment } from '../../data/schema'

export type StanceLine = Pick<Assessment, 'expert' | 'affiliation' | 'stance' | 'date' | 'publication' | 'url'>

export const stanceLine = (a: Assessment): StanceLine => ({
  expert: a.expert,
  affiliation: a.affiliation,
  stance: a.stance,
  date: a.date,
  publication: a.publication,
  url: a.url,
})
