import './RegionPresets.css'

/** The region presets above the map: World and each region, the current one pressed. */
export function RegionPresets({
  regions,
  current,
  onChoose,
}: {
  regions: ReadonlyArray<{ id: string; name: string }>
  /** The preset shown, `world` for the whole map unzoomed, or null for a free zoom. */
  current: string | null
  onChoose: (id: string | null) => void
}) {
  return (
    <div className="region-presets" role="group" aria-label="Show a region">
      {[{ id: 'world', name: 'World' }, ...regions].map((r) => (
        <button
          key={r.id}
          type="button"
          className="region-presets__button"
          aria-pressed={current === r.id}
          onClick={() => onChoose(r.id === 'world' ? null : r.id)}
        >
          {r.name}
        </button>
      ))}
    </div>
  )
}
