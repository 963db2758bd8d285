/** The status tokens a stripe pattern exists for, and `land` for a state that only mediates. */
export const STRIPE_BASES = ['land', 'active', 'suspended', 'ceasefire', 'process', 'none'] as const

/**
 * The stripes that mark a mediator on the world map (`fill="url(#stripes-ceasefire)"`):
 * the base colour is the status the state has as a party itself, or plain land.
 * The stripes keep their screen width when the map is zoomed.
 */
export function MapPatterns() {
  return (
    <defs>
      {STRIPE_BASES.map((b) => (
        <pattern
          key={b}
          id={`stripes-${b}`}
          className="stripes"
          patternUnits="userSpaceOnUse"
          width={5}
          height={5}
          patternTransform="rotate(45)"
        >
          <rect width={5} height={5} fill={b === 'land' ? 'var(--land)' : `var(--status-${b})`} />
          <rect width={1.8} height={5} className="stripes__line" />
        </pattern>
      ))}
    </defs>
  )
}
