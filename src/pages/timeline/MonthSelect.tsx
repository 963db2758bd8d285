import { useMemo } from 'react'
import { formatDate } from '../../lib/format'

/** A month picker over the data's months; the empty choice means no bound. */
export function MonthSelect({
  label,
  months,
  value,
  empty,
  onChange,
  testId,
}: {
  label: string
  months: readonly string[]
  value: string | null
  empty: string
  onChange: (month: string | null) => void
  testId?: string
}) {
  // The same option elements on every render: React skips them, and a filter re-renders none of the months.
  const options = useMemo(
    () =>
      months.map((m) => (
        <option key={m} value={m}>
          {formatDate(m)}
        </option>
      )),
    [months],
  )
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid={testId}>
        <option value="">{empty}</option>
        {options}
      </select>
    </label>
  )
}
