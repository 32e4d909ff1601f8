// The map itself: country outlines (world-atlas, fetched once from the dashboard's own assets) in an
// equirectangular-like projection fitted to the bubbles, and one linked bubble per place. A figure about
// a whole country also shades that country, darker for a larger figure: its bubble at the country's
// centre would otherwise read as a town there.
import { geoEqualEarth, geoPath } from 'd3-geo'
import { alpha3ToNumeric } from 'i18n-iso-countries'
import { useMemo } from 'preact/hooks'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import worldUrl from 'world-atlas/countries-110m.json?url'
import { useLoad } from '../../hooks.ts'
import { describeFigure, formatDate, formatMetric } from '../../lib/format.ts'
import { buildHash } from '../../lib/route.ts'
import type { MapPoint, Metric } from '../../lib/types.ts'

const WIDTH = 640
const HEIGHT = 360
const MAX_RADIUS = 28

let world: Promise<Topology> | null = null
const loadWorld = () => {
  world ??= fetch(worldUrl).then((r) => {
    if (!r.ok) throw new Error(`map shapes: HTTP ${r.status}`)
    return r.json() as Promise<Topology>
  })
  return world
}

export const bubbleLabel = (p: MapPoint, metric: string) =>
  `${p.name}: ${describeFigure(p)} ${formatMetric(metric as Metric).toLowerCase()}, ${formatDate(p.as_of)} (${p.precision})`

export function MapSvg(props: { points: MapPoint[]; metric: string }) {
  const shapes = useLoad(() => loadWorld(), [])
  const drawn = useMemo(() => {
    const topo = shapes.data
    // Fitted to the bubbles with a margin of a few degrees, so one country's places spread out.
    const lons = props.points.map((p) => p.lon)
    const lats = props.points.map((p) => p.lat)
    const pad = 4
    const box = {
      type: 'MultiPoint' as const,
      coordinates: [
        [Math.min(...lons) - pad, Math.min(...lats) - pad],
        [Math.max(...lons) + pad, Math.max(...lats) + pad],
      ],
    }
    const projection = geoEqualEarth().fitExtent(
      [
        [MAX_RADIUS, MAX_RADIUS],
        [WIDTH - MAX_RADIUS, HEIGHT - MAX_RADIUS],
      ],
      box,
    )
    const path = geoPath(projection)
    const countries = topo?.objects.countries as GeometryCollection | undefined
    const land = topo && countries ? path(feature(topo, countries)) : null
    const borders = topo && countries ? path(mesh(topo, countries, (a, b) => a !== b)) : null
    const max = Math.max(...props.points.map((p) => p.low), 1)
    // world-atlas names countries by their ISO 3166-1 numeric code.
    const shapesById = new Map(
      topo && countries ? feature(topo, countries).features.map((f) => [String(f.id), f] as const) : [],
    )
    const shaded = props.points.flatMap((p) => {
      const shape = p.precision === 'country' ? shapesById.get(alpha3ToNumeric(p.country) ?? '') : undefined
      const d = shape ? path(shape) : null
      return d ? [{ p, d, opacity: 0.15 + 0.5 * Math.sqrt(p.low / max) }] : []
    })
    const bubbles = props.points
      .map((p) => {
        const xy = projection([p.lon, p.lat])
        return xy ? { p, x: xy[0], y: xy[1], r: 4 + (MAX_RADIUS - 4) * Math.sqrt(p.low / max) } : null
      })
      .filter((b) => b !== null)
      // Small bubbles on top, so none hides under a bigger one.
      .sort((a, b) => b.r - a.r)
    return { land, borders, shaded, bubbles }
  }, [shapes.data, props.points])
  return (
    <svg class="map-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-label="Map of the latest figures">
      {drawn.land ? <path class="map-land" d={drawn.land} /> : null}
      {drawn.shaded.map(({ p, d, opacity }) => (
        <path key={p.key} class="map-country-shade" d={d} fill-opacity={opacity} data-key={p.key} />
      ))}
      {drawn.borders ? <path class="map-borders" d={drawn.borders} /> : null}
      {drawn.bubbles.map(({ p, x, y, r }) => (
        <a
          key={p.key}
          class="map-bubble"
          href={
            p.series_id ? buildHash(['series', p.series_id]) : buildHash(['review'], { claim: p.claim_id })
          }
          aria-label={bubbleLabel(p, props.metric)}
          data-key={p.key}
        >
          <title>{bubbleLabel(p, props.metric)}</title>
          <circle cx={x} cy={y} r={r} />
        </a>
      ))}
    </svg>
  )
}
