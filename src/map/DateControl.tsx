import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { timelineOfMonth } from '../lib/dateLinks'
import { formatDate } from '../lib/format'
import { stepOf } from './mapDate'
import type { StatusChange } from './dateMarks'
import './DateControl.css'

/**
 * The map's date: a slider of months ending at the latest, month steps and
 * play/pause. The slider is a native range input, so the arrow keys, Home and End
 * move it and a screen reader hears the date (`aria-valuetext`). Ticks under its
 * track mark the steps that show a status change; the changes the last move passed
 * are said in a live region.
 */
export function DateControl({
  steps,
  date,
  latest,
  clamped,
  start,
  ticks = [],
  passed = '',
  onChange,
}: {
  steps: ReadonlyArray<string | null>
  /** The day shown, null for the latest. */
  date: string | null
  latest: string
  start: string
  /** Set when the URL asked for a day outside the data, which was moved to its nearest end. */
  clamped: 'before' | 'after' | null
  /** The steps that first show a status change. */
  ticks?: ReadonlyArray<{ step: number; changes: readonly StatusChange[] }>
  /** The changes the last move of the date passed, in a sentence ('' for none). */
  passed?: string
  onChange: (date: string | null) => void
}) {
  const [playing, setPlaying] = useState(false)
  const i = stepOf(steps, date)
  const last = steps.length - 1
  // Playing stops at the latest month.
  const isPlaying = playing && i < last
  useEffect(() => {
    if (!isPlaying) return
    const t = setTimeout(() => onChange(steps[i + 1] ?? null), 900)
    return () => clearTimeout(t)
  }, [isPlaying, i, steps, onChange])
  const label = (d: string | null) => (d === null ? `Latest, newest entry ${formatDate(latest)}` : formatDate(d))
  const go = (j: number) => onChange(steps[Math.min(last, Math.max(0, j))] ?? null)
  return (
    <div className="date-control" role="group" aria-label="Date of the map">
      <button
        type="button"
        className="icon-button"
        aria-label={isPlaying ? 'Pause' : 'Play through the months'}
        data-testid="date-play"
        onClick={() => {
          if (!isPlaying && i >= last) go(0)
          setPlaying(!isPlaying)
        }}
      >
        {isPlaying ? '❚❚' : '▶'}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="A month earlier"
        onClick={() => go(i - 1)}
        disabled={i === 0}
      >
        ‹
      </button>
      <div className="date-control__track">
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={i}
          aria-label="Date of the map"
          aria-valuetext={label(date)}
          data-testid="date-slider"
          onChange={(e) => go(Number(e.target.value))}
        />
        <div className="date-control__ticks" aria-hidden="true" data-testid="date-ticks">
          {ticks.map((t) => (
            <span
              key={t.step}
              style={{ '--at': last > 0 ? Math.round((t.step / last) * 1000) / 1000 : 0 } as React.CSSProperties}
            />
          ))}
        </div>
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label="A month later"
        onClick={() => go(i + 1)}
        disabled={i === last}
      >
        ›
      </button>
      <output className="date-control__value" data-testid="date-value">
        {date === null ? `Latest (newest entry ${formatDate(latest)})` : formatDate(date)}
      </output>
      {date !== null && (
        <Link to={timelineOfMonth(date)} className="date-control__timeline" data-testid="date-timeline">
          This month on the timeline
        </Link>
      )}
      <p className="date-control__passed" role="status" data-testid="date-passed">
        {passed ? <span className="date-control__ring" aria-hidden="true" /> : null}
        {passed || null}
      </p>
      {clamped && (
        <p className="date-control__notice" role="status">
          {clamped === 'before'
            ? `The status histories start on ${formatDate(start)}: the map shows that day.`
            : `The status histories end on ${formatDate(latest)}: the map shows the latest.`}
        </p>
      )}
    </div>
  )
}
