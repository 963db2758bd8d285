import type { ReactNode } from 'react'

/**
 * One row of a comparison: a heading, then one cell per compared record, side by side
 * on wide screens and stacked on narrow ones, where each cell names its record.
 */
export function CompareRow<C extends { id: string; name: string }>({
  title,
  columns,
  children,
  testId,
}: {
  title: string
  columns: readonly C[]
  children: (c: C, i: number) => ReactNode
  testId?: string
}) {
  return (
    <section className="cmp-row" data-testid={testId}>
      <h2 className="cmp-row__title">{title}</h2>
      <div className="cmp-row__cells" style={{ '--n': columns.length } as React.CSSProperties}>
        {columns.map((c, i) => (
          <div key={c.id} className="cmp-cell" data-column={c.id}>
            <p className="cmp-cell__who">{c.name}</p>
            {children(c, i)}
          </div>
        ))}
      </div>
    </section>
  )
}

/** A muted line for a cell the sources leave empty. */
export const Nothing = ({ children }: { children: ReactNode }) => <p className="muted cmp-none">{children}</p>
