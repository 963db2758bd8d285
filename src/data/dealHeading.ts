/** How a list names a deal: the name readers know it by, its date as precise as known, and its type. Pure. */
import type { Agreement, AgreementType } from './schema'

export interface DealHeading {
  id: string
  name: string
  date: string
  datePrecision: 'day' | 'month'
  type: AgreementType
}

/** The name readers know a deal by: its common name, else its title. */
export const dealName = (a: Pick<Agreement, 'title' | 'commonName'>): string => a.commonName ?? a.title

export const dealHeading = (a: Agreement): DealHeading => ({
  id: a.id,
  name: dealName(a),
  date: a.date,
  datePrecision: a.datePrecision,
  type: a.type,
})
