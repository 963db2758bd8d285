import { Link } from 'react-router'
import './AddToCompare.css'

/**
 * A link that sets this deal beside those the reader is already comparing: the
 * compare page adds it to the comparison last opened in this tab (at most three).
 * A plain link, so a deal card or page loads nothing more for it.
 */
export function AddToCompare({ id }: { id: string }) {
  return (
    <Link to={`/compare?add=${id}`} className="add-compare" data-testid="add-to-compare" rel="nofollow">
      Add to compare
    </Link>
  )
}
