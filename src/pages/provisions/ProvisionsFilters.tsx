import type { ReactNode } from 'react'
import type { ProvisionState } from '../../data/implementation'
import type { AgreementType, Term } from '../../data/schema'
import { AGREEMENT_TYPE_LABEL, PROVISION_STATE_LABEL, TERM_LABEL } from '../../lib/labels'
import { useHydrated } from '../../lib/hooks/useHydrated'
import { DEFAULT_PROVISIONS_VIEW, type ProvisionsView } from '../../lib/provisionsParams'
import type { ProvisionChoices } from './provisionsModel'

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
  options: ReadonlyArray<{ value: string; label: string; count: number }>
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
  const set =
    <K extends keyof ProvisionsView>(k: K) =>
    (v: string | null) =>
      onChange({ ...view, [k]: v })
  const filtered = Object.values(view).some((v) => v !== null)
  return (
    <div className="control-row provisions-filters" role="group" aria-label="Filter the provisions">
      <Pick
        label="Term"
        name="term"
        value={view.term}
        any="Any term"
        onChange={set('term')}
        options={choices.terms.map((t) => ({ ...t, label: TERM_LABEL[t.value as Term] }))}
      />
      <Pick
        label="Conflict"
        name="conflict"
        value={view.conflict}
        any="Any conflict"
        onChange={set('conflict')}
        options={choices.conflicts}
      />
      <Pick
        label="Deal type"
        name="type"
        value={view.type}
        any="Any type"
        onChange={set('type')}
        options={choices.types.map((t) => ({ ...t, label: AGREEMENT_TYPE_LABEL[t.value as AgreementType] }))}
      />
      <Pick
        label="Mineral"
        name="mineral"
        value={view.mineral}
        any="Any mineral"
        onChange={set('mineral')}
        options={choices.minerals}
      />
      <Pick
        label="Implementation"
        name="status"
        value={view.status}
        any="Any status"
        onChange={set('status')}
        options={choices.states.map((s) => ({ ...s, label: PROVISION_STATE_LABEL[s.value as ProvisionState] }))}
      />
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
