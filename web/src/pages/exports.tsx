// Exports: download claims, series points or the series summary as CSV or Excel with the claims-list
// filters (kept in the URL: "#/exports?metric=killed&place=Idlib"); scheduled exports with their run
// history and files; and, for editors, live feeds for Excel and Google Sheets.
import './exports.css'
import { useMemo, useState } from 'preact/hooks'
import { FeedsSection } from '../components/export-feeds.tsx'
import { followDownload } from '../components/export-parts.tsx'
import { SchedulesSection } from '../components/export-schedules.tsx'
import { DateFilter, MetricFilter, TextFilter } from '../components/filters.tsx'
import { PlacePicker } from '../components/map/place-picker.tsx'
import {
  Check,
  ErrorNotice,
  HeadedSection,
  Options,
  PageHeader,
  SelectField,
  toast,
} from '../components/ui.tsx'
import { useTitle } from '../hooks.ts'
import { get } from '../lib/api.ts'
import {
  downloadUrl,
  EXPORT_TABLES,
  type ExportFilters,
  type ExportFormat,
  type ExportTable,
  FILTER_KEYS,
  filtersFromQuery,
  TABLE_HINTS,
  TABLE_LABELS,
} from '../lib/exports.ts'
import { formatStatus } from '../lib/format.ts'
import type { Query } from '../lib/route.ts'
import { STATUSES } from '../lib/types.ts'
import { navigate, setQuery } from '../router.ts'
import { useCan } from '../session.ts'

export function ExportsPage(props: { query: Query }) {
  useTitle('Exports')
  const editor = useCan('editor')
  const q = props.query
  const key = FILTER_KEYS.map((k) => q[k] ?? '').join('\u0000')
  // A new object only when a filter changes.
  const filters = useMemo(() => filtersFromQuery(q), [key])

  return (
    <section class="page exports-page">
      <PageHeader
        title="Exports"
        subtitle="Figures for spreadsheets: download them now, have them written on a schedule, or pull them live into Excel or Google Sheets."
      />
      <FilterBar query={q} />
      <DownloadCard filters={filters} />
      <SchedulesSection filters={filters} editor={editor} />
      {editor ? <FeedsSection filters={filters} /> : null}
    </section>
  )
}

function FilterBar(props: { query: Query }) {
  const q = props.query
  const any = FILTER_KEYS.some((k) => q[k])
  return (
    <form class="filters card" aria-label="Filter claims" onSubmit={(e) => e.preventDefault()}>
      <MetricFilter query={q} />
      <SelectField label="Status" value={q.status ?? ''} onValue={(v) => setQuery({ status: v || null })}>
        <option value="">Any status</option>
        <Options items={STATUSES} label={formatStatus} />
      </SelectField>
      <PlacePicker query={q} />
      <TextFilter label="Place" name="place" query={q} placeholder="Idlib, SYR…" />
      <TextFilter label="Source" name="source" query={q} placeholder="Who says so" />
      <DateFilter label="From" name="from" query={q} />
      <DateFilter label="To" name="to" query={q} />
      <TextFilter label="Search" name="q" query={q} placeholder="Quote, who, source…" class="grow" />
      {any ? (
        <button
          type="button"
          class="btn btn-ghost btn-small filters-clear"
          onClick={() => navigate('#/exports')}
        >
          Clear filters
        </button>
      ) : null}
    </form>
  )
}

function DownloadCard(props: { filters: ExportFilters }) {
  const [hxl, setHxl] = useState(false)
  const [bom, setBom] = useState(true)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  async function start(tables: ExportTable[], format: ExportFormat) {
    const url = downloadUrl(tables, format, props.filters, { hxl, bom })
    const [only] = tables
    const what = tables.length > 1 || !only ? 'all three tables' : TABLE_LABELS[only].toLowerCase()
    setBusy(`${tables.join(',')}.${format}`)
    setError(null)
    try {
      // A HEAD request checks the filters and the session without running the export; the file
      // itself then streams straight to disk.
      const head = await fetch(url, { method: 'HEAD', credentials: 'same-origin' })
      if (!head.ok) await get(url) // throws the API's error, with its message
      followDownload(url)
      toast(`Downloading ${what} as ${format === 'csv' ? 'CSV' : 'Excel'}.`)
    } catch (err) {
      setError(err)
    } finally {
      setBusy(null)
    }
  }

  return (
    <HeadedSection
      class="card download-card"
      id="download-title"
      title="Download now"
      note="With the filters above. Excel files have numbers as numbers, dates as dates and an “About” sheet with the filters; text that looks like a formula is kept as text."
      actions={
        <fieldset class="plain-fieldset download-options">
          <legend class="visually-hidden">Download options</legend>
          <Check checked={hxl} onValue={setHxl}>
            HXL hashtags row
          </Check>
          <Check
            checked={bom}
            onValue={setBom}
            title="Lets Excel open a CSV with accents and Arabic names right"
          >
            Byte-order mark (CSV for Excel)
          </Check>
        </fieldset>
      }
    >
      <ul class="download-grid">
        {EXPORT_TABLES.map((t) => (
          <li key={t} class="download-item">
            <h3 class="download-name">{TABLE_LABELS[t]}</h3>
            <p class="muted small">{TABLE_HINTS[t]}</p>
            <div class="download-buttons">
              {(['csv', 'xlsx'] as const).map((f) => (
                <button
                  key={f}
                  type="button"
                  class="btn btn-small"
                  disabled={busy !== null}
                  aria-label={`Download ${TABLE_LABELS[t].toLowerCase()} as ${f === 'csv' ? 'CSV' : 'Excel'}`}
                  onClick={() => void start([t], f)}
                >
                  {busy === `${t}.${f}` ? 'Preparing…' : f === 'csv' ? 'CSV' : 'Excel'}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <div class="download-foot">
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy !== null}
          onClick={() => void start([...EXPORT_TABLES], 'xlsx')}
        >
          {busy === `${EXPORT_TABLES.join(',')}.xlsx` ? 'Preparing…' : 'All three in one Excel workbook'}
        </button>
        <span class="muted small">One sheet per table, and the “About” sheet.</span>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
    </HeadedSection>
  )
}
