// The map's figures as a table: the same places and figures, each linked to its series.
import { describeFigure, formatDate } from '../../lib/format.ts'
import { buildHash } from '../../lib/route.ts'
import type { MapPoint } from '../../lib/types.ts'

export function MapTable(props: { points: MapPoint[]; metric: string }) {
  const rows = [...props.points].sort((a, b) => b.low - a.low)
  return (
    <div class="map-table-wrap">
      <table class="map-table">
        <caption class="visually-hidden">Latest figure per place</caption>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Country</th>
            <th scope="col">Figure</th>
            <th scope="col">As of</th>
            <th scope="col">Precision</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.key} data-key={p.key}>
              <th scope="row">
                <a
                  href={
                    p.series_id
                      ? buildHash(['series', p.series_id])
                      : buildHash(['review'], { claim: p.claim_id })
                  }
                >
                  {p.name}
                </a>
              </th>
              <td>{p.country}</td>
              <td class="num">{describeFigure(p)}</td>
              <td>{formatDate(p.as_of)}</td>
              <td>{p.precision}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
