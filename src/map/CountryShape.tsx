import { memo } from 'react'
import './WorldMap.css'

export interface CountryHandlers {
  onEnter: (el: Element, iso3: string, x: number, y: number) => void
  onFocus: (el: Element, iso3: string) => void
  onLeave: () => void
  onOpen: (el: Element, iso3: string, via: 'pointer' | 'keyboard') => void
}

/**
 * One country path. Memoised on its look, so changing a layer re-renders only the
 * countries whose look changed; the handlers object is stable for the map's life.
 * A state with a role (a label) opens its preview card; only the map's current
 * item is in the tab order (`tabbable`), the arrow keys move between them.
 */
export const CountryShape = memo(function CountryShape({
  d,
  shapeKey,
  iso3,
  name,
  fill,
  party,
  mediator,
  highlighted,
  label,
  tabbable,
  handlers,
}: {
  /** Undefined while hydrating: the prerendered path keeps its own. */
  d: string | undefined
  shapeKey: string
  iso3: string | null
  name: string
  fill: string
  party: boolean
  mediator: boolean
  highlighted: boolean
  label?: string
  tabbable: boolean
  handlers: CountryHandlers
}) {
  const className = `country${party ? ' country--party' : ''}${mediator ? ' country--mediator' : ''}${highlighted ? ' country--highlighted' : ''}`
  if (!iso3)
    return (
      <path d={d} data-key={shapeKey} fill={fill} className={className} data-name={name} suppressHydrationWarning />
    )
  const hover = {
    onPointerEnter: (e: React.PointerEvent) =>
      e.pointerType !== 'touch' && handlers.onEnter(e.currentTarget, iso3, e.clientX, e.clientY),
    onPointerMove: (e: React.PointerEvent) =>
      e.pointerType !== 'touch' && handlers.onEnter(e.currentTarget, iso3, e.clientX, e.clientY),
    onPointerLeave: handlers.onLeave,
  }
  if (!label)
    return (
      <path
        d={d}
        data-key={shapeKey}
        fill={fill}
        className={className}
        data-iso3={iso3}
        data-name={name}
        suppressHydrationWarning
        {...hover}
      />
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
      data-focus-key={`country:${iso3}`}
      tabIndex={tabbable ? 0 : -1}
      role="button"
      aria-haspopup="dialog"
      aria-label={label}
      {...hover}
      onFocus={(e) => handlers.onFocus(e.currentTarget, iso3)}
      onBlur={handlers.onLeave}
      onClick={(e) => handlers.onOpen(e.currentTarget, iso3, e.detail === 0 ? 'keyboard' : 'pointer')}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault()
          handlers.onOpen(e.currentTarget, iso3, 'keyboard')
        }
      }}
    />
  )
})
