import { memo } from 'react'
import './WorldMap.css'

export interface CountryHandlers {
  onEnter: (el: Element, iso3: string, x: number, y: number) => void
  onFocus: (el: Element, iso3: string) => void
  onLeave: () => void
  onOpen: (iso3: string) => void
}

/**
 * One country path. Memoised on its look, so changing a layer re-renders only the
 * countries whose look changed; the handlers object is stable for the map's life.
 */
export const CountryShape = memo(function CountryShape({
  d,
  shapeKey,
  iso3,
  name,
  fill,
  party,
  highlighted,
  label,
  handlers,
}: {
  /** Undefined while hydrating: the prerendered path keeps its own. */
  d: string | undefined
  shapeKey: string
  iso3: string | null
  name: string
  fill: string
  party: boolean
  highlighted: boolean
  label?: string
  handlers: CountryHandlers
}) {
  const className = `country${party ? ' country--party' : ''}${highlighted ? ' country--highlighted' : ''}`
  if (!iso3)
    return (
      <path d={d} data-key={shapeKey} fill={fill} className={className} data-name={name} suppressHydrationWarning />
    )
  return (
    <path
      d={d}
      data-key={shapeKey}
      suppressHydrationWarning
      fill={fill}
      className={className}
      data-iso3={iso3}
      data-name={name}
      tabIndex={party ? 0 : undefined}
      role={party ? 'link' : undefined}
      aria-label={party ? label : undefined}
      onPointerEnter={(e) => handlers.onEnter(e.currentTarget, iso3, e.clientX, e.clientY)}
      onPointerMove={(e) => handlers.onEnter(e.currentTarget, iso3, e.clientX, e.clientY)}
      onPointerLeave={handlers.onLeave}
      onFocus={(e) => handlers.onFocus(e.currentTarget, iso3)}
      onBlur={handlers.onLeave}
      onClick={() => party && handlers.onOpen(iso3)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && party) handlers.onOpen(iso3)
      }}
    />
  )
})
