import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { MAX_COMPARED, comparePath, type CompareKind, type CompareView } from '../../lib/compareParams'
import { assetUrl } from '../../lib/site'
import type { CatalogueDeal, ConflictSummary } from './compareSummaries'

interface Option {
  id: string
  label: string
  group: string
}

/**
 * Up to three deals, or three conflicts, to compare. A plain form: without scripts it
 * sends `?deals=a&deals=b`, which the page reads once its scripts run.
 */
function Chooser({
  kind,
  legend,
  options,
  chosen,
}: {
  kind: CompareKind
  legend: string
  options: readonly Option[]
  chosen: readonly string[]
}) {
  const navigate = useNavigate()
  const [picked, setPicked] = useState<string[]>(() => Array.from({ length: MAX_COMPARED }, (_, i) => chosen[i] ?? ''))
  const groups = [...new Set(options.map((o) => o.group))]
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void navigate(comparePath({ kind, ids: [...new Set(picked.filter(Boolean))] }))
  }
  return (
    <form
      className="cmp-chooser"
      method="get"
      action={assetUrl('compare')}
      onSubmit={submit}
      data-testid={`choose-${kind}`}
    >
      <fieldset>
        <legend>{legend}</legend>
        <div className="cmp-chooser__fields">
          {picked.map((value, i) => (
            <label key={i} className="field">
              <span className="field__label">
                {kind === 'deals' ? 'Deal' : 'Conflict'} {i + 1}
                {i === MAX_COMPARED - 1 && ' (optional)'}
              </span>
              <select
                name={kind}
                value={value}
                onChange={(e) => setPicked(picked.map((p, j) => (j === i ? e.target.value : p)))}
              >
                <option value="">None</option>
                {groups.map((g) => (
                  <optgroup key={g} label={g}>
                    {options
                      .filter((o) => o.group === g)
                      .map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.label}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </label>
          ))}
          <button type="submit" className="button">
            Compare
          </button>
        </div>
      </fieldset>
    </form>
  )
}

export function CompareChoosers({
  view,
  deals,
  conflicts,
}: {
  view: CompareView
  deals: readonly CatalogueDeal[]
  conflicts: readonly ConflictSummary[]
}) {
  const nameOf = new Map(conflicts.map((c) => [c.id, c.shortName]))
  const dealOptions = deals.map((d) => ({
    id: d.id,
    label: `${d.name} (${d.date.slice(0, 4)})`,
    group: d.conflict ? (nameOf.get(d.conflict) ?? d.conflict) : 'Minerals diplomacy',
  }))
  const conflictOptions = conflicts.map((c) => ({ id: c.id, label: c.name, group: c.region }))
  const key = `${view.kind}:${view.ids.join(',')}`
  return (
    <div className="cmp-choosers" key={key}>
      <Chooser
        kind="deals"
        legend="Compare deals"
        options={dealOptions}
        chosen={view.kind === 'deals' ? view.ids : []}
      />
      <Chooser
        kind="conflicts"
        legend="Compare conflicts"
        options={conflictOptions}
        chosen={view.kind === 'conflicts' ? view.ids : []}
      />
    </div>
  )
}
