// The series page's tables: every point (sortable, in the URL), the increments, the sums per period.
import { useState } from 'preact/hooks'
import { type PlotModel, type PlotRef, type SortKey, sortRefs, sourceKey } from '../../chart/series-data.ts'
import { DataTable, num } from '../../components/data-table.tsx'
import { Badge, ChangeText, Empty, FigureText, Section } from '../../components/ui.tsx'
import { formatDate, formatIncrement, formatNumber, formatQualifier, formatRate } from '../../lib/format.ts'
import type { Query } from '../../lib/route.ts'
import type { Buckets, SeriesDetail } from '../../lib/types.ts'
import { setQuery } from '../../router.ts'
import { PointQuotesCell } from './point-quotes.tsx'

const TABLE_ROWS = 200

const COLUMNS: { key: SortKey; label: string; num?: boolean }[] = [
  { key: 'date', label: 'Date' },
  { key: 'source', label: 'Source' },
  { key: 'figure', label: 'Figure', num: true },
  { key: 'change', label: 'Change', num: true },
  { key: 'citations', label: 'Cited', num: true },
]

export function PointsTable(props: { refs: PlotRef[]; query: Query; multi: boolean }) {
  const key = (COLUMNS.find((c) => c.key === props.query.sort)?.key ?? 'date') as SortKey
  const dir = props.query.dir === 'desc' ? 'desc' : 'asc'
  const rows = sortRefs(props.refs, key, dir)
  // A long series shows its first rows; the rest on request, so the page opens fast.
  const [limit, setLimit] = useState(TABLE_ROWS)
  const visible = rows.slice(0, limit)
  return (
    <Section id="points-title" class="table-section" title="Every reported figure">
      {rows.length ? (
        <div class="table-wrap">
          <table class="table points-table">
            <caption class="visually-hidden">
              The figures of the chart, one row per point; column headers sort.
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    class={c.num ? 'num' : undefined}
                    aria-sort={key === c.key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <button
                      type="button"
                      class="sort-button"
                      onClick={() =>
                        setQuery({
                          sort: c.key === 'date' ? null : c.key,
                          dir: key === c.key && dir === 'asc' ? 'desc' : null,
                        })
                      }
                    >
                      {c.label}
                      <span class="sort-indicator" aria-hidden="true">
                        {key === c.key ? (dir === 'asc' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
                <th scope="col">Reported in</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((r) => {
                const p = r.point
                return (
                  <tr key={`${r.seriesId}-${p.key}`} data-point-key={p.key}>
                    <td class="nowrap">{p.as_of ? formatDate(p.as_of) : 'no date'}</td>
                    <td>
                      <span class="swatch swatch-inline" aria-hidden="true" style={{ background: r.color }} />
                      {p.source_name}
                      {props.multi ? <span class="muted small block">{r.seriesTitle}</span> : null}
                    </td>
                    <td class="num">
                      <FigureText figure={p} />
                      {p.qualifier !== 'exact' ? (
                        <span class="muted small block">{formatQualifier(p.qualifier)}</span>
                      ) : null}
                      {p.denied ? <Badge kind="danger">denied</Badge> : null}
                    </td>
                    <td class="num">
                      {p.change ? (
                        <>
                          <ChangeText change={p.change} />
                          {p.change.per_day !== undefined && p.change.per_day !== null ? (
                            <span class="muted small block">{formatRate(p.change)}</span>
                          ) : null}
                        </>
                      ) : (
                        <span class="muted">–</span>
                      )}
                    </td>
                    <td class="num">{p.citations}</td>
                    <td class="quote-cell">
                      <PointQuotesCell seriesId={r.seriesId} point={p} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {rows.length > visible.length ? (
        <div class="more">
          <button type="button" class="btn" onClick={() => setLimit(rows.length)}>
            Show all {rows.length.toLocaleString('en-US')} figures (
            {(rows.length - visible.length).toLocaleString('en-US')} more)
          </button>
        </div>
      ) : null}
      {!rows.length ? <Empty title="No figure in this date range." /> : null}
    </Section>
  )
}

export function IncrementTable(props: { details: SeriesDetail; model: PlotModel }) {
  const names = new Map(props.details.points.map((p) => [sourceKey(p), p.source_name]))
  const incs = props.details.increments
  return (
    <Section id="inc-title" class="table-section" title="Increments between reports">
      {incs.length ? (
        <DataTable columns={['Increase over the period', 'Source', num('Per day')]}>
          {incs.map((i) => (
            <tr key={`${i.source_key}-${i.from}-${i.to}`}>
              <td>{formatIncrement(i)}</td>
              <td>
                <span
                  class="swatch swatch-inline"
                  aria-hidden="true"
                  style={{ background: props.model.colors.get(i.source_key ?? '') ?? '#999' }}
                />
                {names.get(i.source_key ?? '') ?? i.source_key ?? 'unattributed'}
              </td>
              <td class="num">{i.per_day !== null ? formatNumber(i.per_day) : '–'}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <Empty title="No increments yet." />
      )}
    </Section>
  )
}

export function BucketTable(props: { buckets: Buckets }) {
  return (
    <Section id="bucket-title" class="table-section" title={<>Incidents by {props.buckets.unit}</>}>
      <p class="muted small">Periods without incidents are left out of the table; the chart shows them.</p>
      <DataTable columns={['Period', num('Incidents'), num('Sum'), num('Running total')]}>
        {props.buckets.buckets
          .filter((b) => b.incidents > 0)
          .map((b) => (
            <tr key={b.start}>
              <td>
                {b.start === b.end ? formatDate(b.start) : `${formatDate(b.start)} – ${formatDate(b.end)}`}
              </td>
              <td class="num">{b.incidents}</td>
              <td class="num">{formatNumber(b.sum)}</td>
              <td class="num">{formatNumber(b.running_total)}</td>
            </tr>
          ))}
      </DataTable>
    </Section>
  )
}
