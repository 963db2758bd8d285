import type { AgreementType } from '../data/schema'
import { AGREEMENT_TYPE_LABEL } from '../lib/labels'

/** A choice of one deal type, or any: the map's type filter (the timeline offers several, by group). */
export function TypeSelect({
  label,
  types,
  value,
  onChange,
  testId,
}: {
  label: string
  types: readonly AgreementType[]
  value: readonly AgreementType[]
  onChange: (next: AgreementType[]) => void
  testId?: string
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select
        value={value[0] ?? ''}
        onChange={(e) => onChange(e.target.value ? [e.target.value as AgreementType] : [])}
        data-testid={testId}
      >
        <option value="">Any type</option>
        {types.map((t) => (
          <option key={t} value={t}>
            {AGREEMENT_TYPE_LABEL[t]}
          </option>
        ))}
      </select>
    </label>
  )
}
