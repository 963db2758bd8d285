import type { ReactNode } from 'react'
import { AGREEMENT_TYPE_LABEL, PROVISION_STATE_LABEL, TERM_LABEL } from '../../lib/labels'
import { useHydrated } from '../../lib/hooks/useHydrated'
import { DEFAULT_PROVISIONS_VIEW, type ProvisionsView } from '../../lib/provisionsParams'
import type { Choice, ProvisionChoices } from './provisionsModel'

/** One filter: a labelled choice of one value or any. Inert until scripts run (the list then filters in place). */
function Pick({
  label,
  name,
  value,
  any,
  options,
  onChange,
}: {
  label: string
  name: string
  value: string | null
  any: string
  options: readonly Choice[]
  onChange: (v: string | null) => void
}): ReactNode {
  const hydrated = useHydrated()
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select
        name={name}
        value={value ?? ''}
        disabled={!hydrated}
        onChange={(e) => onChange(e.target.value || null)}
        data-testid={`filter-${name}`}
      >
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </label>
  )
}

const labelled = <T extends string>(
  choices: ReadonlyArray<Omit<Choice<T>, 'label'>>,
  labels: Record<T, string>,
): Choice[] => choices.map((c) => ({ ...c, label: labels[c.value] }))

/** The browser's filters, in the order shown: the view's key (also the field's name), its label and its choices. */
const FILTERS: ReadonlyArray<{
  key: keyof ProvisionsView
  label: string
  any: string
  options: (c: ProvisionChoices) => readonly Choice[]
}> = [
  { key: 'term', label: 'Term', any: 'Any term', options: (c) => labelled(c.terms, TERM_LABEL) },
  { key: 'conflict', label: 'Conflict', any: 'Any conflict', options: (c) => c.conflicts },
  { key: 'type', label: 'Deal type', any: 'Any type', options: (c) => labelled(c.types, AGREEMENT_TYPE_LABEL) },
  { key: 'mineral', label: 'Mineral', any: 'Any mineral', options: (c) => c.minerals },
  {
    key: 'status',
    label: 'Implementation',
    any: 'Any status',
    options: (c) => labelled(c.states, PROVISION_STATE_LABEL),
  },
]

/** The browser's five filters and a reset. */
export function ProvisionsFilters({
  view,
  choices,
  onChange,
}: {
  view: ProvisionsView
  choices: ProvisionChoices
  onChange: (next: ProvisionsView) => void
}) {
  const filtered = Object.values(view).some((v) => v !== null)
  return (
    <div className="control-row provisions-filters" role="group" aria-label="Filter the provisions">
      {FILTERS.map((f) => (
        <Pick
          key={f.key}
          label={f.label}
          name={f.key}
          value={view[f.key]}
          any={f.any}
          onChange={(v) => onChange({ ...view, [f.key]: v })}
          options={f.options(choices)}
        />
      ))}
      {filtered && (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => onChange(DEFAULT_PROVISIONS_VIEW)}
        >
          Clear filters
        </button>
      )}
    </div>
  )
}
