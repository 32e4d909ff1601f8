import { useMemo, useState } from 'preact/hooks'
import { LoadStatus } from '../../components/ui.tsx'
import {
  formatChange,
  formatDate,
  formatFigure,
  formatNumber,
  formatPercent,
  formatSigned,
} from '../../lib/format.ts'
import { useChanges } from '../../lib/queries.ts'
import type { Query } from '../../lib/route.ts'
import { daysAgo, isoDay, previousVisit } from '../../lib/visits.ts'
import { setQuery } from '../../router.ts'
import { SeriesChanges, SideCard } from './side-card.tsx'

/** What changed lately, in the series the overview's filters select (`seriesIds`; null: all of them). */
export function WhatChanged(props: { query: Query; seriesIds: Set<number> | null }) {
  const [lastVisit] = useState(() => previousVisit(isoDay(new Date())))
  const choice = props.query.changes ?? (lastVisit ? 'visit' : '7')
  const since = choice === 'visit' && lastVisit ? lastVisit : daysAgo(Number(choice) || 7)
  const changes = useChanges(since)
  const d = useMemo(() => {
    const all = changes.data
    const ids = props.seriesIds
    if (!all || !ids) return all
    const keep = <T extends { series_id: number }>(list: T[]) => list.filter((x) => ids.has(x.series_id))
    return {
      ...all,
      new_points: keep(all.new_points),
      biggest_moves: keep(all.biggest_moves),
      new_disagreements: keep(all.new_disagreements),
    }
  }, [changes.data, props.seriesIds])
  const empty = d && !d.new_points.length && !d.biggest_moves.length && !d.new_disagreements.length
  return (
    <SideCard
      id="changed-title"
      title="What changed"
      action={
        <>
          <label class="visually-hidden" for="changes-since">
            Changes since
          </label>
          <select
            id="changes-since"
            class="select-small"
            value={choice}
            onChange={(e) => setQuery({ changes: e.currentTarget.value })}
          >
            {lastVisit ? (
              <option value="visit">since your last visit ({formatDate(lastVisit)})</option>
            ) : null}
            <option value="1">in the last day</option>
            <option value="7">in the last 7 days</option>
            <option value="30">in the last 30 days</option>
          </select>
        </>
      }
    >
      <LoadStatus
        load={changes}
        missing={<p class="muted small">Changes appear here once this server offers the series API.</p>}
      />
      {empty ? <p class="muted small">Nothing new since {formatDate(since)}.</p> : null}
      <SeriesChanges
        title="Biggest moves"
        items={d?.biggest_moves.slice(0, 5)}
        itemKey={(m) => `${m.series_id}-${m.source_name}-${m.to}`}
        line={(m) => (
          <>
            {m.source_name}: {formatNumber(m.from)} → {formatNumber(m.to)}{' '}
            <span class={m.abs >= 0 ? 'change change-up' : 'change change-down'}>
              {formatSigned(m.abs)}
              {m.pct !== null ? ` (${formatPercent(m.pct)})` : ''}
            </span>
          </>
        )}
      />
      <SeriesChanges
        title="New disagreements"
        items={d?.new_disagreements.slice(0, 5)}
        itemKey={(x) => `${x.series_id}-${x.reason}`}
        line={(x) => x.reason}
      />
      <SeriesChanges
        title="New figures"
        items={d?.new_points.slice(0, 6)}
        itemKey={(x) => `${x.series_id}-${x.point.key}`}
        line={(x) => (
          <>
            {formatFigure(x.point)} · {x.point.source_name} · {formatDate(x.point.as_of)}
            {x.point.change ? ` · ${formatChange(x.point.change)}` : ''}
          </>
        )}
      />
    </SideCard>
  )
}
