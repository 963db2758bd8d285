import type { ReactNode } from 'react'

const toggle = <T,>(list: readonly T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v])

/** A row of toggle chips (checkboxes) choosing any number of options; none chosen means all. */
export function ChipToggles<T extends string>({
  legend,
  options,
  value,
  onChange,
  children,
}: {
  legend: string
  options: ReadonlyArray<{ id: T; label: string }>
  value: readonly T[]
  onChange: (next: T[]) => void
  /** Shown after the chips (a reset button). */
  children?: ReactNode
}) {
  return (
    <fieldset className="chips">
      <legend className="field__label">{legend}</legend>
      {options.map((o) => (
        <label key={o.id} className="chip-toggle">
          <input type="checkbox" checked={value.includes(o.id)} onChange={() => onChange(toggle(value, o.id))} />
          <span>{o.label}</span>
        </label>
      ))}
      {children}
    </fieldset>
  )
}
