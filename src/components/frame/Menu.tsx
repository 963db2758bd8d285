import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

/**
 * A button that opens a short list of actions below it. Escape or a click
 * elsewhere closes it and gives the focus back to the button.
 */
export function Menu({
  label,
  children,
  testId,
}: {
  label: string
  children: (close: () => void) => ReactNode
  testId?: string
}) {
  const [open, setOpen] = useState(false)
  // The list opens towards the side with room: rightwards, unless the button is near the right edge.
  const [alignRight, setAlignRight] = useState(false)
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', away)
    return () => document.removeEventListener('pointerdown', away)
  }, [open])
  const close = () => {
    setOpen(false)
    document.getElementById(`${id}-b`)?.focus()
  }
  return (
    <div
      className="frame-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation()
          close()
        }
      }}
    >
      <button
        id={`${id}-b`}
        type="button"
        className="button button--small button--ghost"
        aria-expanded={open}
        aria-controls={id}
        data-testid={testId}
        onClick={(e) => {
          setAlignRight(e.currentTarget.getBoundingClientRect().left + 272 > window.innerWidth)
          setOpen(!open)
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <div
        id={id}
        className={`frame-menu__list${alignRight ? ' frame-menu__list--right' : ''}`}
        role="group"
        aria-label={label}
        hidden={!open}
      >
        {open && children(close)}
      </div>
    </div>
  )
}
