// Scheduled exports: the list with their last and next run, the form to create or edit one, and each
// schedule's run history with its files. Viewers see the list, the history and the files; editors also
// get the controls (the server checks again).
import { useEffect, useState } from 'preact/hooks'
import { useLoad } from '../hooks.ts'
import { ApiError, del, errorMessage, get, patch, post } from '../lib/api.ts'
import {
  baseName,
  CRON_PRESETS,
  describeCron,
  type ExportFilters,
  type ExportRun,
  type ExportSchedule,
  type ExportTable,
  formatDuration,
  localTimeZone,
  type ScheduleFields,
  timeZones,
} from '../lib/exports.ts'
import { formatBytes } from '../lib/files.ts'
import { formatDateTime, formatNumber } from '../lib/format.ts'
import { FilterChips, TablePicker, tablesText } from './export-parts.tsx'
import { Badge, Empty, ErrorNotice, Field, Loading, Notice, toast } from './ui.tsx'

export function SchedulesSection(props: { filters: ExportFilters; editor: boolean }) {
  const schedules = useLoad(
    (signal) => get<{ items: ExportSchedule[] }>('/api/exports/schedules', signal),
    [],
  )
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<number | null>(null)
  const [open, setOpen] = useState<number | null>(null)
  const [runTick, setRunTick] = useState(0)
  const items = schedules.data?.items ?? []

  async function act(s: ExportSchedule, action: 'run' | 'pause' | 'resume') {
    try {
      await post(`/api/exports/schedules/${s.id}/${action}`)
      if (action === 'run') {
        toast(`“${s.name}” is queued to run now.`)
        setOpen(s.id)
        setRunTick((t) => t + 1)
      } else toast(action === 'pause' ? `Paused “${s.name}”.` : `Resumed “${s.name}”.`)
      schedules.reload()
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }

  async function remove(s: ExportSchedule) {
    if (!window.confirm(`Delete “${s.name}” and its run history? Files already written stay on the server.`))
      return
    try {
      await del(`/api/exports/schedules/${s.id}`)
      toast(`Deleted “${s.name}”.`)
      if (open === s.id) setOpen(null)
      schedules.reload()
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }

  return (
    <section class="exports-section" aria-labelledby="schedules-title">
      <div class="section-head">
        <div>
          <h2 id="schedules-title" class="card-title">
            Scheduled exports
          </h2>
          <p class="muted small section-note">
            Written to a folder on the server on a timetable, in the schedule's time zone. Past files can be
            downloaded from a schedule's history.
          </p>
        </div>
        {props.editor && !creating ? (
          <button type="button" class="btn btn-primary" onClick={() => setCreating(true)}>
            New schedule
          </button>
        ) : null}
      </div>
      {props.editor && creating ? (
        <ScheduleForm
          filters={props.filters}
          onDone={(saved) => {
            setCreating(false)
            if (saved) {
              toast(`Created “${saved.name}”.`)
              schedules.reload()
            }
          }}
        />
      ) : null}
      {schedules.loading && !schedules.data ? <Loading /> : null}
      {schedules.error ? <ErrorNotice error={schedules.error} onRetry={schedules.reload} /> : null}
      {schedules.data && !items.length ? (
        <Empty title="No scheduled exports yet.">
          {props.editor
            ? 'Create one to have a file written every morning, every Monday, or on any cron timetable.'
            : 'Editors can set one up to have a file written every morning or every week.'}
        </Empty>
      ) : null}
      {items.length ? (
        <div class="table-wrap">
          <table class="table schedules-table">
            <thead>
              <tr>
                <th scope="col">Schedule</th>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Last run</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <ScheduleRows
                  key={s.id}
                  schedule={s}
                  editor={props.editor}
                  filters={props.filters}
                  editing={editing === s.id}
                  open={open === s.id}
                  runTick={runTick}
                  onToggleHistory={() => setOpen(open === s.id ? null : s.id)}
                  onEdit={(on) => setEditing(on ? s.id : null)}
                  onSaved={() => {
                    setEditing(null)
                    schedules.reload()
                  }}
                  onAction={(a) => void act(s, a)}
                  onDelete={() => void remove(s)}
                  onRunsChanged={schedules.reload}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}

function RunStatus(props: { run: ExportRun }) {
  const r = props.run
  if (r.status === 'succeeded') return <Badge kind="success">succeeded</Badge>
  if (r.status === 'failed') return <Badge kind="danger">failed</Badge>
  if (r.status === 'running') return <Badge kind="accent">running</Badge>
  return (
    <Badge kind="pending" title={r.attempts ? `retry ${r.attempts + 1} due` : undefined}>
      {r.attempts ? 'retrying' : 'queued'}
    </Badge>
  )
}

function ScheduleRows(props: {
  schedule: ExportSchedule
  editor: boolean
  filters: ExportFilters
  editing: boolean
  open: boolean
  runTick: number
  onToggleHistory: () => void
  onEdit: (on: boolean) => void
  onSaved: () => void
  onAction: (action: 'run' | 'pause' | 'resume') => void
  onDelete: () => void
  onRunsChanged: () => void
}) {
  const s = props.schedule
  const where = `${s.folder ? `${s.folder}/` : ''}${s.file_pattern}.${s.format}`
  const historyId = `schedule-${s.id}-history`
  return (
    <>
      <tr class={s.paused ? 'row-muted' : undefined}>
        <td>
          <span class="source-name">{s.name}</span>
          {s.paused ? <Badge kind="warning">paused</Badge> : null}
          <span class="muted small block schedule-where" title="File name under the server's export folder">
            {where} · keeps {s.keep}
          </span>
        </td>
        <td>
          {describeCron(s.cron)}
          <span class="muted small block">{s.timezone}</span>
          <span class="muted small block">
            {s.paused ? 'paused' : s.next_run ? `next ${formatDateTime(s.next_run)}` : 'no next run'}
          </span>
        </td>
        <td>
          {tablesText(s.tables)}
          <span class="muted small block">
            {s.format === 'xlsx' ? 'Excel' : 'CSV'}
            {s.hxl ? ', HXL' : ''}
            {s.bom && s.format === 'csv' ? ', BOM' : ''}
          </span>
          <FilterChips filters={s.filters} label={`Filters of ${s.name}`} />
        </td>
        <td class="nowrap">
          {s.last_run ? (
            <>
              <RunStatus run={s.last_run} />
              <span class="muted small block">
                {formatDateTime(s.last_run.finished_at ?? s.last_run.started_at ?? s.last_run.slot)}
              </span>
            </>
          ) : (
            <span class="muted">never</span>
          )}
        </td>
        <td class="row-actions schedule-actions">
          <button
            type="button"
            class="btn btn-small btn-ghost"
            aria-expanded={props.open}
            aria-controls={props.open ? historyId : undefined}
            aria-label={`History of ${s.name}`}
            onClick={props.onToggleHistory}
          >
            History
          </button>
          {props.editor ? (
            <>
              <button
                type="button"
                class="btn btn-small"
                aria-label={`Run ${s.name} now`}
                onClick={() => props.onAction('run')}
              >
                Run now
              </button>
              <button
                type="button"
                class="btn btn-small"
                aria-label={`${s.paused ? 'Resume' : 'Pause'} ${s.name}`}
                onClick={() => props.onAction(s.paused ? 'resume' : 'pause')}
              >
                {s.paused ? 'Resume' : 'Pause'}
              </button>
              <button
                type="button"
                class="btn btn-small btn-ghost"
                aria-label={`Edit ${s.name}`}
                aria-pressed={props.editing}
                onClick={() => props.onEdit(!props.editing)}
              >
                Edit
              </button>
              <button
                type="button"
                class="btn btn-small btn-danger-ghost"
                aria-label={`Delete ${s.name}`}
                onClick={props.onDelete}
              >
                Delete
              </button>
            </>
          ) : null}
        </td>
      </tr>
      {props.editing ? (
        <tr class="detail-row">
          <td colSpan={5}>
            <ScheduleForm
              schedule={s}
              filters={props.filters}
              onDone={(saved) => {
                if (saved) {
                  toast(`Saved “${saved.name}”.`)
                  props.onSaved()
                } else props.onEdit(false)
              }}
            />
          </td>
        </tr>
      ) : null}
      {props.open ? (
        <tr class="detail-row">
          <td colSpan={5} id={historyId}>
            <RunHistory schedule={s} tick={props.runTick} onSettled={props.onRunsChanged} />
          </td>
        </tr>
      ) : null}
    </>
  )
}

const CUSTOM = 'custom'

/** Creates a schedule (with the page's filters) or edits one (keeping its filters unless asked). */
export function ScheduleForm(props: {
  schedule?: ExportSchedule
  filters: ExportFilters
  onDone: (saved: ExportSchedule | null) => void
}) {
  const s = props.schedule
  const [name, setName] = useState(s?.name ?? '')
  const [cron, setCron] = useState(s?.cron ?? CRON_PRESETS[0].cron)
  const [preset, setPreset] = useState(
    CRON_PRESETS.some((p) => p.cron === (s?.cron ?? CRON_PRESETS[0].cron))
      ? (s?.cron ?? CRON_PRESETS[0].cron)
      : CUSTOM,
  )
  const [timezone, setTimezone] = useState(s?.timezone ?? localTimeZone())
  const [tables, setTables] = useState<ExportTable[]>(s?.tables ?? ['summary', 'claims'])
  const [format, setFormat] = useState(s?.format ?? 'xlsx')
  const [hxl, setHxl] = useState(s?.hxl ?? false)
  const [bom, setBom] = useState(s?.bom ?? true)
  const [folder, setFolder] = useState(s?.folder ?? '')
  const [pattern, setPattern] = useState(s?.file_pattern ?? '{name}-{date}')
  const [keep, setKeep] = useState(String(s?.keep ?? 30))
  const [useCurrent, setUseCurrent] = useState(!s)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const filters = useCurrent || !s ? props.filters : s.filters
  const zonesId = `zones-${s?.id ?? 'new'}`

  function chooseFormat(f: 'csv' | 'xlsx') {
    setFormat(f)
    if (f === 'csv' && tables.length > 1) setTables([tables[0]])
  }

  async function submit(e: Event) {
    e.preventDefault()
    setError(null)
    if (!tables.length) return setError(new Error('Choose at least one table.'))
    setBusy(true)
    const body: Omit<ScheduleFields, 'paused'> = {
      name: name.trim(),
      cron: cron.trim(),
      timezone: timezone.trim(),
      tables,
      filters,
      format,
      hxl,
      bom: format === 'csv' && bom,
      folder: folder.trim(),
      file_pattern: pattern.trim(),
      keep: Number(keep),
    }
    try {
      const saved = s
        ? await patch<ExportSchedule>(`/api/exports/schedules/${s.id}`, body)
        : await post<ExportSchedule>('/api/exports/schedules', body)
      props.onDone(saved)
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      class="card inline-card stack schedule-form"
      onSubmit={submit}
      aria-label={s ? `Edit ${s.name}` : 'New schedule'}
    >
      <h3 class="form-title">{s ? `Edit “${s.name}”` : 'New scheduled export'}</h3>
      <div class="form-row">
        <Field label="Name" hint="Also the {name} in the file name">
          {(id, hint) => (
            <input
              id={id}
              type="text"
              required
              maxLength={120}
              aria-describedby={hint}
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label="Repeats">
          {(id) => (
            <select
              id={id}
              value={preset}
              onChange={(e) => {
                const v = e.currentTarget.value
                setPreset(v)
                if (v !== CUSTOM) setCron(v)
              }}
            >
              {CRON_PRESETS.map((p) => (
                <option key={p.cron} value={p.cron}>
                  {p.label}
                </option>
              ))}
              <option value={CUSTOM}>Custom (cron expression)</option>
            </select>
          )}
        </Field>
        {preset === CUSTOM ? (
          <Field label="Cron expression" hint="minute hour day month weekday: “30 5 * * 1” is Mondays 05:30">
            {(id, hint) => (
              <input
                id={id}
                type="text"
                required
                spellcheck={false}
                class="mono"
                aria-describedby={hint}
                value={cron}
                onInput={(e) => setCron(e.currentTarget.value)}
              />
            )}
          </Field>
        ) : null}
        <Field label="Time zone" hint="Times are read in this zone, across daylight-saving changes">
          {(id, hint) => (
            <>
              <input
                id={id}
                type="text"
                required
                list={zonesId}
                spellcheck={false}
                aria-describedby={hint}
                value={timezone}
                onInput={(e) => setTimezone(e.currentTarget.value)}
              />
              <datalist id={zonesId}>
                {timeZones(timezone).map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </>
          )}
        </Field>
      </div>
      <div class="form-row form-row-wide">
        <TablePicker value={tables} onChange={setTables} single={format === 'csv'} />
        <Field label="Format">
          {(id) => (
            <select
              id={id}
              value={format}
              onChange={(e) => chooseFormat(e.currentTarget.value as 'csv' | 'xlsx')}
            >
              <option value="xlsx">Excel (.xlsx), one sheet per table</option>
              <option value="csv">CSV (one table)</option>
            </select>
          )}
        </Field>
        <fieldset class="plain-fieldset">
          <legend>Options</legend>
          <div class="check-row">
            <label class="check">
              <input type="checkbox" checked={hxl} onChange={(e) => setHxl(e.currentTarget.checked)} />
              HXL hashtags row
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={format === 'csv' && bom}
                disabled={format !== 'csv'}
                onChange={(e) => setBom(e.currentTarget.checked)}
              />
              Byte-order mark (CSV for Excel)
            </label>
          </div>
        </fieldset>
      </div>
      <div class="form-row">
        <Field label="Folder" hint="Under the server's export folder; empty for the folder itself">
          {(id, hint) => (
            <input
              id={id}
              type="text"
              maxLength={200}
              placeholder="e.g. ngo/daily"
              aria-describedby={hint}
              value={folder}
              onInput={(e) => setFolder(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label="File name" hint="{name} {date} {time} {datetime} {tables}; the extension is added">
          {(id, hint) => (
            <input
              id={id}
              type="text"
              required
              maxLength={120}
              spellcheck={false}
              aria-describedby={hint}
              value={pattern}
              onInput={(e) => setPattern(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label="Files kept" hint="Older files are deleted">
          {(id, hint) => (
            <input
              id={id}
              type="number"
              required
              min={1}
              max={10000}
              aria-describedby={hint}
              value={keep}
              onInput={(e) => setKeep(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <div class="form-filters">
        <span class="field-label">Filters</span>
        <FilterChips filters={filters} label="Filters of this schedule" />
        {s ? (
          <label class="check">
            <input
              type="checkbox"
              checked={useCurrent}
              onChange={(e) => setUseCurrent(e.currentTarget.checked)}
            />
            Use the filters set above instead
          </label>
        ) : (
          <span class="hint">The filters set at the top of the page.</span>
        )}
      </div>
      {error ? <FormError error={error} /> : null}
      <div class="editor-actions">
        <button type="submit" class="btn btn-primary" disabled={busy || !name.trim()}>
          {s ? 'Save changes' : 'Create schedule'}
        </button>
        <button type="button" class="btn btn-ghost" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** A form's error, with the API's field messages when it sent them. */
export function FormError(props: { error: unknown }) {
  const fields = props.error instanceof ApiError ? props.error.fieldMessages : []
  return (
    <Notice kind="error">
      {errorMessage(props.error)}
      {fields.length > 1 ? (
        <ul class="field-errors">
          {fields.map((f) => (
            <li key={f}>{f.replace(/^(body|querystring)\./, '')}</li>
          ))}
        </ul>
      ) : null}
    </Notice>
  )
}

const TRIGGER_WORDS: Record<ExportRun['trigger'], string> = {
  schedule: 'on time',
  missed: 'missed, caught up',
  manual: 'run now',
}

/** A schedule's runs, newest first; polls while a run is queued or running. */
function RunHistory(props: { schedule: ExportSchedule; tick: number; onSettled: () => void }) {
  const s = props.schedule
  const [older, setOlder] = useState<ExportRun[]>([])
  const [before, setBefore] = useState<number | null>(null)
  const runs = useLoad(
    (signal) =>
      get<{ items: ExportRun[]; next_before: number | null }>(
        `/api/exports/schedules/${s.id}/runs?limit=20`,
        signal,
      ),
    [s.id, props.tick],
  )
  const items = runs.data?.items ?? []
  const busy = items.some((r) => r.status === 'pending' || r.status === 'running')
  const [wasBusy, setWasBusy] = useState(false)

  useEffect(() => {
    if (runs.data) setBefore(runs.data.next_before)
  }, [runs.data])
  useEffect(() => {
    if (busy) {
      setWasBusy(true)
      const t = window.setTimeout(runs.reload, 1500)
      return () => window.clearTimeout(t)
    }
    if (wasBusy) {
      setWasBusy(false)
      props.onSettled()
    }
    return undefined
  }, [busy, runs.data])

  async function more() {
    if (!before) return
    try {
      const page = await get<{ items: ExportRun[]; next_before: number | null }>(
        `/api/exports/schedules/${s.id}/runs?limit=20&before=${before}`,
      )
      setOlder((o) => [...o, ...page.items])
      setBefore(page.next_before)
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }

  const all = [...items, ...older.filter((o) => !items.some((r) => r.id === o.id))]
  return (
    <div class="run-history">
      <h3 class="form-title">Run history of “{s.name}”</h3>
      {runs.loading && !runs.data ? <Loading /> : null}
      {runs.error ? <ErrorNotice error={runs.error} onRetry={runs.reload} /> : null}
      {runs.data && !all.length ? (
        <p class="muted small">No runs yet. The first is due {formatDateTime(s.next_run)}.</p>
      ) : null}
      {all.length ? (
        <div class="runs-wrap">
          <table class="table runs-table" aria-label={`Runs of ${s.name}`}>
            <thead>
              <tr>
                <th scope="col">Slot</th>
                <th scope="col">Status</th>
                <th scope="col" class="runs-started">
                  Started
                </th>
                <th scope="col" class="num">
                  Took
                </th>
                <th scope="col" class="num">
                  Rows
                </th>
                <th scope="col" class="num">
                  Size
                </th>
                <th scope="col">File</th>
              </tr>
            </thead>
            <tbody>
              {all.map((r) => (
                <tr key={r.id}>
                  <td class="nowrap">
                    {formatDateTime(r.slot)}
                    <span class="muted small block">{TRIGGER_WORDS[r.trigger]}</span>
                  </td>
                  <td>
                    <RunStatus run={r} />
                    {r.attempts > 1 ? <span class="muted small block">{r.attempts} attempts</span> : null}
                    {r.error ? <span class="run-error block">{r.error}</span> : null}
                  </td>
                  <td class="nowrap muted runs-started">
                    {r.started_at ? formatDateTime(r.started_at) : '–'}
                  </td>
                  <td class="num">{formatDuration(r.duration_ms)}</td>
                  <td class="num">{r.rows === null ? '–' : formatNumber(r.rows)}</td>
                  <td class="num">{r.bytes === null ? '–' : formatBytes(r.bytes)}</td>
                  <td>
                    {r.file && !r.file_deleted ? (
                      <a
                        href={`/api/exports/schedules/${s.id}/runs/${r.id}/file`}
                        download=""
                        class="file-link"
                        aria-label={`Download ${baseName(r.file)}`}
                      >
                        {baseName(r.file)}
                      </a>
                    ) : r.file_deleted ? (
                      <span class="muted small">pruned</span>
                    ) : (
                      <span class="muted small">–</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {before ? (
        <button type="button" class="btn btn-small btn-ghost more-runs" onClick={() => void more()}>
          Older runs
        </button>
      ) : null}
    </div>
  )
}
