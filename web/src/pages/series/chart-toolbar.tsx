// Above a series' chart: what it shows (figures, increments or sums by period), the dates, downloads.
import { chartPng } from '../../chart/export-png.ts'
import { type PlotModel, type PlotRef, pointsCsv } from '../../chart/series-data.ts'
import { DateFilter } from '../../components/filters.tsx'
import { ChoiceButtons, download } from '../../components/ui.tsx'
import type { Query } from '../../lib/route.ts'
import type { Annotation, SeriesSummary } from '../../lib/types.ts'
import { setQuery } from '../../router.ts'
import type { View } from './legend.tsx'

export type Unit = 'day' | 'week' | 'month'
const UNITS = [
  ['day', 'Day'],
  ['week', 'Week'],
  ['month', 'Month'],
] as const

export function ChartToolbar(props: {
  main: SeriesSummary
  model: PlotModel
  view: View
  unit: Unit
  query: Query
  hidden: Set<string>
  /** The figures in the date range, in the downloads. */
  shown: PlotRef[]
  /** The notes drawn on the chart, listed under the PNG. */
  notes: Annotation[]
}) {
  const { main, model, view, unit, hidden, shown } = props
  const q = props.query
  const kind = main.kind
  const slug = main.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return (
    <div class="chart-toolbar">
      <ChoiceButtons
        legend="What the chart shows"
        class="segmented"
        buttonClass="seg"
        choices={
          kind === 'cumulative'
            ? [
                ['figures', 'Cumulative figures'],
                ['increments', 'Increments'],
              ]
            : [
                ['figures', 'Incidents'],
                ['buckets', 'Summed by period'],
              ]
        }
        value={view}
        onChoose={(v) => setQuery({ view: v === 'figures' ? null : v })}
      />
      {view === 'buckets' ? (
        <ChoiceButtons
          legend="Period"
          class="segmented"
          buttonClass="seg"
          choices={UNITS}
          value={unit}
          onChoose={(u) => setQuery({ unit: u === 'week' ? null : u })}
        />
      ) : null}
      <div class="range">
        <DateFilter label="From" name="from" query={q} />
        <DateFilter label="To" name="to" query={q} />
      </div>
      <span class="spacer" />
      <button
        type="button"
        class="btn btn-small"
        onClick={() => {
          const c = window.tallyCharts?.series
          if (!c) return
          const dates = shown
            .map((r) => r.point.as_of)
            .filter((d): d is string => Boolean(d))
            .sort()
          const caption = {
            title: main.title,
            sources: model.datasets
              .filter((d) => !hidden.has(d.sourceKey))
              .map((d) => ({ name: d.label, color: d.color })),
            from: dates[0] ?? null,
            to: dates.at(-1) ?? null,
            notes: view === 'figures' ? props.notes : [],
          }
          download(`${slug}.png`, chartPng(c, caption, new Date()))
        }}
      >
        Download PNG
      </button>
      <button
        type="button"
        class="btn btn-small"
        onClick={() => download(`${slug}.csv`, pointsCsv([...shown, ...model.undated]))}
      >
        Download CSV
      </button>
    </div>
  )
}
