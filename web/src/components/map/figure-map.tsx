// The overview's map: the latest figure of a metric per place, a bubble at the site, division or country
// coordinates, sized by the figure (area), each a link to its series. Drawn offline from world-atlas
// shapes served with the dashboard (no tile server); the same figures as a table for keyboard and
// screen-reader users, and on a phone.
import { useState } from 'preact/hooks'
import { useLoad } from '../../hooks.ts'
import { get } from '../../lib/api.ts'
import { formatMetric } from '../../lib/format.ts'
import { apiQuery } from '../../lib/route.ts'
import type { MapPoint, Metric } from '../../lib/types.ts'
import { ChoiceButtons, LoadStatus } from '../ui.tsx'
import { MapSvg } from './map-svg.tsx'
import { MapTable } from './map-table.tsx'
import './figure-map.css'

/** With `seriesId`: the series page's map of where that series' figures are. */
export function FigureMap(props: { metric?: string; place?: string; seriesId?: number }) {
  const metric = props.metric || 'killed'
  // The place filter narrows the map when it is a code the pickers write; a typed name leaves it whole.
  const place = props.place?.trim().toUpperCase() ?? ''
  const filter = /^[A-Z]{3}$/.test(place)
    ? { country: place }
    : /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(place)
      ? { adm1: place }
      : {}
  const [view, setView] = useState<'map' | 'table'>('map')
  const points = useLoad(
    (signal) =>
      get<{ items: MapPoint[] }>(
        `/api/places/map${apiQuery({ metric, ...filter, series_id: props.seriesId })}`,
        signal,
      ),
    [metric, place, props.seriesId],
  )
  const items = points.data?.items ?? []
  return (
    <section
      class={`card figure-map${props.seriesId ? ' figure-map-small' : ''}`}
      aria-labelledby="figure-map-title"
    >
      <div class="figure-map-head">
        <h2 id="figure-map-title" class="section-title">
          {props.seriesId
            ? 'Where its figures are: latest per place'
            : `Where: latest ${formatMetric(metric as Metric).toLowerCase()} per place`}
        </h2>
        <ChoiceButtons
          legend="Show as"
          class="figure-map-views"
          buttonClass="btn btn-small"
          choices={[
            ['map', 'Map'],
            ['table', 'Table'],
          ]}
          value={view}
          onChoose={setView}
        />
      </div>
      <LoadStatus load={points} label="Loading the map…" />
      {points.data && !items.length ? (
        <p class="muted small">No figure of this metric has a place yet.</p>
      ) : null}
      {items.length && view === 'map' ? <MapSvg points={items} metric={metric} /> : null}
      {items.length && view === 'table' ? <MapTable points={items} metric={metric} /> : null}
    </section>
  )
}
