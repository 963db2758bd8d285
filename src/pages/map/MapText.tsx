import { Link } from 'react-router'

/** The home page's heading and standfirst. */
export function MapIntro({ count }: { count: string }) {
  return (
    <div className="map-page__intro">
      <h1>Peace deals and the minerals behind them</h1>
      <p className="lede">
        {count.charAt(0).toUpperCase() + count.slice(1)} conflicts the White House says it ended or tried to end in
        2025, the deals struck around them and what they trade in minerals, money and access. Every fact links to its
        source. <Link to="/scorecard">Did the wars end? The scorecard sets each claim beside the record.</Link>
      </p>
    </div>
  )
}

/** How to move the map, and whose borders it draws. */
export function MapNote() {
  return (
    <p className="map-note muted">
      Tip: click or tap a country or marker for a preview; drag (two fingers on a touch screen) to pan, pinch or Ctrl +
      scroll to zoom. With the map focused, the arrow keys move between its items, + and − zoom, Shift + arrows pan, 0
      resets. Borders follow Natural Earth&rsquo;s de facto lines (world-atlas, 1:110m) and are not an endorsement.
    </p>
  )
}
