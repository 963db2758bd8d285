/** The map's zoom in, zoom out and reset buttons. */
export function ZoomButtons({ onZoom, onReset }: { onZoom: (factor: number) => void; onReset: () => void }) {
  return (
    <div className="zoom-buttons" role="group" aria-label="Zoom">
      <button type="button" className="icon-button" onClick={() => onZoom(1.5)} aria-label="Zoom in">
        +
      </button>
      <button type="button" className="icon-button" onClick={() => onZoom(1 / 1.5)} aria-label="Zoom out">
        −
      </button>
      <button type="button" className="icon-button" onClick={onReset} aria-label="Reset zoom">
        ⟲
      </button>
    </div>
  )
}
