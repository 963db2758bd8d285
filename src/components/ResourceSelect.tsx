/** A choice of one mineral or resource, or any: the map's and the timeline's resource filter. */
export function ResourceSelect({
  label,
  anyLabel,
  resources,
  value,
  onChange,
  testId,
}: {
  label: string
  anyLabel: string
  resources: ReadonlyArray<{ id: string; name: string }>
  value: string | null
  onChange: (next: string | null) => void
  testId?: string
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid={testId}>
        <option value="">{anyLabel}</option>
        {resources.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </label>
  )
}
