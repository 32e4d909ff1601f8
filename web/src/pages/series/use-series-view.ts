// What the series page shows, from its URL: the series (with those added to its chart), the chart's
// view, period and date range, the sources hidden, and the chart built from them.
import { useMemo } from 'preact/hooks'
import { bucketsChart, figuresChart, incrementsChart } from '../../chart/series-chart.ts'
import { buildPlot, type PlotRef } from '../../chart/series-data.ts'
import { useBuckets, useSeriesDetails, useSeriesList } from '../../lib/queries.ts'
import { buildHash, idList, type Query } from '../../lib/route.ts'
import { navigate } from '../../router.ts'
import type { Unit } from './chart-toolbar.tsx'
import type { View } from './legend.tsx'

function articleHref(ref: PlotRef | undefined): string | null {
  const q = ref?.point.quotes[0]
  return q?.article_id ? buildHash(['articles', q.article_id], { claim: q.claim_id }) : null
}

export function useSeriesView(idsParam: string, q: Query) {
  const mainId = idList(idsParam)[0] ?? null
  const withIds = idList(q.with).filter((id) => id !== mainId)
  const loaded = useSeriesDetails(mainId === null ? withIds : [mainId, ...withIds])
  const details = loaded.data
  const main = details?.[0]?.series
  const siblings = useSeriesList(main ? { topic_id: main.topic_id, limit: 50 } : null)

  const kind = main?.kind ?? 'cumulative'
  const view: View =
    q.view === 'increments' && kind === 'cumulative'
      ? 'increments'
      : q.view === 'buckets' && kind === 'incident'
        ? 'buckets'
        : 'figures'
  const unit: Unit = (['day', 'week', 'month'] as const).find((u) => u === q.unit) ?? 'week'
  const hidden = useMemo(() => new Set((q.hide ?? '').split(',').filter(Boolean)), [q.hide])
  const range = useMemo(() => ({ from: q.from, to: q.to }), [q.from, q.to])
  const buckets = useBuckets(view === 'buckets' ? mainId : null, unit)

  const model = useMemo(() => (details ? buildPlot(details) : null), [details])
  const config = useMemo(() => {
    const first = details?.[0]
    if (!model || !first) return null
    if (view === 'increments') {
      const names = new Map(model.datasets.map((d) => [d.sourceKey, d.label]))
      return incrementsChart(first.increments, model, names, hidden, range)
    }
    if (view === 'buckets') return buckets.data ? bucketsChart(buckets.data.buckets, range) : null
    return figuresChart(model, hidden, range, (ref) => {
      const href = articleHref(model.points[ref])
      if (href) navigate(href)
    })
  }, [model, details, view, hidden, range, buckets.data])

  const inRange = (iso: string | null) =>
    !iso || ((!range.from || iso >= range.from) && (!range.to || iso <= range.to))
  const shown = model ? model.points.filter((r) => inRange(r.point.as_of)) : []

  return { loaded, details, main, siblings, withIds, view, unit, hidden, buckets, model, config, shown }
}
