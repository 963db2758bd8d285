import { Link } from 'react-router'
import { comparePath, withAdded, type CompareKind } from '../lib/compareParams'
import { useCompareBasket } from '../lib/hooks/useCompareBasket'
import './AddToCompare.css'

/** A link that sets this deal or conflict beside those the reader is already comparing (at most three). */
export function AddToCompare({ kind, id, className = '' }: { kind: CompareKind; id: string; className?: string }) {
  const [basket] = useCompareBasket()
  const inIt = basket.kind === kind && basket.ids.includes(id)
  const others = basket.kind === kind ? basket.ids.filter((x) => x !== id).length : 0
  const to = comparePath(inIt ? basket : withAdded(basket, kind, id))
  return (
    <Link to={to} className={`add-compare ${className}`.trim()} data-testid="add-to-compare">
      {inIt ? 'Open the comparison' : others > 0 ? `Add to the comparison (${others + 1} ${kind})` : 'Add to compare'}
    </Link>
  )
}
