import { useState } from 'react'
import type { AgreementType } from '../../data/schema'
import { AGREEMENT_TYPES } from '../../data/vocab'
import { AGREEMENT_TYPE_LABEL } from '../../lib/labels'
import { ChipToggles } from '../../components/ChipToggles'
import { SHAPE_PATH } from '../../timeline/TimelineMarks'
import { TYPE_GROUPS, groupState, type TypeGroup } from '../../timeline/typeGroups'

/** A shape of the timeline's legend, as a small inline icon. */
export function ShapeIcon({ shape }: { shape: TypeGroup['shape'] }) {
  return (
    <svg className="shape-icon" width="14" height="14" viewBox="-8 -8 16 16" aria-hidden="true">
      <path d={SHAPE_PATH[shape]} />
    </svg>
  )
}

/**
 * The type filter: the legend's groups as toggles (a group holding only some of its
 * chosen types shows as mixed), and the single types of the data behind a disclosure.
 */
export function TypeFilter({
  types,
  value,
  onChange,
}: {
  /** The types the data holds. */
  types: readonly AgreementType[]
  value: readonly AgreementType[]
  onChange: (next: AgreementType[]) => void
}) {
  const emit = (next: readonly AgreementType[]) => onChange(AGREEMENT_TYPES.filter((t) => next.includes(t)))
  const groups = TYPE_GROUPS.filter((g) => g.types.some((t) => types.includes(t)))
  const singles = value.filter((t) => types.includes(t)).length
  const toggleGroup = (g: TypeGroup) =>
    emit(groupState(g, value) === 'all' ? value.filter((t) => !g.types.includes(t)) : [...value, ...g.types])
  // Open at first when the view holds single types; after that, as the reader leaves it.
  const [singlesOpen] = useState(singles > 0 && groups.every((g) => groupState(g, value) !== 'all'))
  return (
    <div className="type-filter">
      <fieldset className="chips">
        <legend className="field__label">Type</legend>
        {groups.map((g) => {
          const state = groupState(g, value)
          return (
            <label key={g.id} className="chip-toggle">
              <input
                type="checkbox"
                checked={state === 'all'}
                ref={(el) => {
                  if (el) el.indeterminate = state === 'some'
                }}
                onChange={() => toggleGroup(g)}
                data-group={g.id}
              />
              <span>
                <ShapeIcon shape={g.shape} /> {g.label}
              </span>
            </label>
          )
        })}
      </fieldset>
      <details className="type-filter__singles lazy-panel" open={singlesOpen}>
        <summary>Single types{singles > 0 && ` (${singles} chosen)`}</summary>
        <ChipToggles
          legend="Single types"
          options={types.map((t) => ({ id: t, label: AGREEMENT_TYPE_LABEL[t] }))}
          value={value.filter((t) => types.includes(t))}
          onChange={(next) => emit([...next, ...value.filter((t) => !types.includes(t))])}
        />
      </details>
    </div>
  )
}
