/**
 * The keyboard focus ring of a country, drawn over every shape and border: a wide
 * ring in the text colour under a narrower one in the focus colour, so it shows on
 * any fill, an orange country under an orange marker included.
 */
export function FocusOutline({ d }: { d: string | undefined }) {
  if (!d) return null
  return (
    <g className="focus-outline" aria-hidden="true" data-testid="focus-outline">
      <path d={d} className="focus-outline__outer" />
      <path d={d} className="focus-outline__inner" />
    </g>
  )
}
