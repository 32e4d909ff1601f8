// Scheduled exports: the list with their last and next run, the form to create or edit one, and each
// schedule's run history with its files. Viewers see the list, the history and the files; editors also
// get the controls (the server checks again).
import { useEffect, useRef, useState } from 'preact/hooks'
import { useAddForm, useFocusFirstField, useLoad, useSubmit } from '../hooks.ts'
import { del, get, patch, post } from '../lib/api.ts'
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
import { ACTIONS, DataTable, num } from './data-table.tsx'
import {
  ExportOptions,
  FilterChips,
  FormError,
  FormFilters,
  TablePicker,
  tablesText,
} from './export-parts.tsx'
import {
  attempt,
  Badge,
  Check,
  Empty,
  FormActions,
  InputField,
  LoadStatus,
  Options,
  SectionHead,
  SelectField,
  toast,
} from './ui.tsx'

export function SchedulesSection(props: { filters: ExportFilters; editor: boolean }) {
  const schedules = useLoad(
    (signal) => get<{ items: ExportSchedule[] }>('/api/exports/schedules', signal),
    [],
  )
  const creating = useAddForm((saved: ExportSchedule) => {
    toast(`Created “${saved.name}”.`)
    schedules.reload()
  })
  const [editing, setEditing] = useState<number | null>(null)
  const [open, setOpen] = useState<number | null>(null)
  const [runTick, setRunTick] = useState(0)
  const items = schedules.data?.items ?? []

  async function act(s: ExportSchedule, action: 'run' | 'pause' | 'resume') {
    const done = {
      run: `“${s.name}” is queued to run now.`,
      pause: `Paused “${s.name}”.`,
      resume: `Resumed “${s.name}”.`,
    }[action]
    if (!(await attempt(() => post(`/api/exports/schedules/${s.id}/${action}`), done))) return
    if (action === 'run') {
      setOpen(s.id)
      setRunTick((t) => t + 1)
    }
    schedules.reload()
  }

  async function remove(s: ExportSchedule) {
    if (!window.confirm(`Delete “${s.name}” and its run history? Files already written stay on the server.`))
      return
    if (!(await attempt(() => del(`/api/exports/schedules/${s.id}`), `Deleted “${s.name}”.`))) return
    if (open === s.id) setOpen(null)
    schedules.reload()
  }

  return (
    <section class="exports-section" aria-labelledby="schedules-title">
      <SectionHead
        id="schedules-title"
        title="Scheduled exports"
        note="Written to a folder on the server on a timetable, in the schedule's time zone. Past files can be downloaded from a schedule's history."
      >
        {props.editor && !creating.open ? (
          <button type="button" class="btn btn-primary" onClick={creating.show}>
            New schedule
          </button>
        ) : null}
      </SectionHead>
      {props.editor && creating.open ? <ScheduleForm filters={props.filters} onDone={creating.done} /> : null}
      <LoadStatus load={schedules} />
      {schedules.data && !items.length ? (
        <Empty title="No scheduled exports yet.">
          {props.editor
            ? 'Create one to have a file written every morning, every Monday, or on any cron timetable.'
            : 'Editors can set one up to have a file written every morning or every week.'}
        </Empty>
      ) : null}
      {items.length ? (
        <DataTable class="schedules-table" columns={['Schedule', 'When', 'What', 'Last run', ACTIONS]}>
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
        </DataTable>
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
            {s.paused
              ? 'paused'
              : s.next_run
                ? `next ${formatDateTime(s.next_run, s.timezone)}`
                : 'no next run'}
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
                {formatDateTime(
                  s.last_run.finished_at ?? s.last_run.started_at ?? s.last_run.slot,
                  s.timezone,
                )}
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
                aria-label={`Run now: ${s.name}`}
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
  const filters = useCurrent || !s ? props.filters : s.filters
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstField(form)

  function chooseFormat(f: 'csv' | 'xlsx') {
    setFormat(f)
    if (f === 'csv' && tables.length > 1) setTables([tables[0]])
  }

  const { submit, error, busy } = useSubmit(async () => {
    if (!tables.length) throw new Error('Choose at least one table.')
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
    const saved = s
      ? await patch<ExportSchedule>(`/api/exports/schedules/${s.id}`, body)
      : await post<ExportSchedule>('/api/exports/schedules', body)
    props.onDone(saved)
  })

  return (
    <form
      ref={form}
      class="card inline-card stack schedule-form"
      onSubmit={submit}
      aria-label={s ? `Edit ${s.name}` : 'New schedule'}
    >
      <h3 class="form-title">{s ? `Edit “${s.name}”` : 'New scheduled export'}</h3>
      <div class="form-row">
        <InputField
          label="Name"
          hint="Also the {name} in the file name"
          type="text"
          required
          maxLength={120}
          value={name}
          onValue={setName}
        />
        <SelectField
          label="Repeats"
          value={preset}
          onValue={(v) => {
            setPreset(v)
            if (v !== CUSTOM) setCron(v)
          }}
        >
          <Options items={CRON_PRESETS} value={(p) => p.cron} label={(p) => p.label} />
          <option value={CUSTOM}>Custom (cron expression)</option>
        </SelectField>
        {preset === CUSTOM ? (
          <InputField
            label="Cron expression"
            hint="minute hour day month weekday: “30 5 * * 1” is Mondays 05:30"
            type="text"
            required
            spellcheck={false}
            class="mono"
            value={cron}
            onValue={setCron}
          />
        ) : null}
        <SelectField
          label="Time zone"
          hint="Times are read in this zone, across daylight-saving changes"
          value={timezone}
          onValue={setTimezone}
        >
          <Options items={timeZones(timezone)} />
        </SelectField>
      </div>
      <div class="form-row form-row-wide">
        <TablePicker value={tables} onChange={setTables} single={format === 'csv'} />
        <SelectField label="Format" value={format} onValue={(v) => chooseFormat(v as 'csv' | 'xlsx')}>
          <option value="xlsx">Excel (.xlsx), one sheet per table</option>
          <option value="csv">CSV (one table)</option>
        </SelectField>
        <ExportOptions
          hxl={hxl}
          onHxl={setHxl}
          bom={format === 'csv' && bom}
          onBom={setBom}
          bomLabel="Byte-order mark (CSV for Excel)"
          bomDisabled={format !== 'csv'}
        />
      </div>
      <div class="form-row">
        <InputField
          label="Folder"
          hint="Under the server's export folder; empty for the folder itself"
          type="text"
          maxLength={200}
          placeholder="e.g. ngo/daily"
          value={folder}
          onValue={setFolder}
        />
        <InputField
          label="File name"
          hint="{name} {date} {time} {datetime} {tables}; the extension is added"
          type="text"
          required
          maxLength={120}
          spellcheck={false}
          value={pattern}
          onValue={setPattern}
        />
        <InputField
          label="Files kept"
          hint="Older files are deleted"
          type="number"
          required
          min={1}
          max={10000}
          value={keep}
          onValue={setKeep}
        />
      </div>
      <FormFilters filters={filters} label="Filters of this schedule">
        {s ? (
          <Check checked={useCurrent} onValue={setUseCurrent}>
            Use the filters set above instead
          </Check>
        ) : (
          <span class="hint">The filters set at the top of the page.</span>
        )}
      </FormFilters>
      {error ? <FormError error={error} /> : null}
      <FormActions
        submit={s ? 'Save changes' : 'Create schedule'}
        disabled={busy || !name.trim()}
        onCancel={() => props.onDone(null)}
      />
    </form>
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
    await attempt(async () => {
      const page = await get<{ items: ExportRun[]; next_before: number | null }>(
        `/api/exports/schedules/${s.id}/runs?limit=20&before=${before}`,
      )
      setOlder((o) => [...o, ...page.items])
      setBefore(page.next_before)
    })
  }

  const all = [...items, ...older.filter((o) => !items.some((r) => r.id === o.id))]
  return (
    <div class="run-history">
      <h3 class="form-title">Run history of “{s.name}”</h3>
      <LoadStatus load={runs} />
      {runs.data && !all.length ? (
        <p class="muted small">No runs yet. The first is due {formatDateTime(s.next_run, s.timezone)}.</p>
      ) : null}
      {all.length ? (
        <DataTable
          wrapClass="runs-wrap"
          class="runs-table"
          label={`Runs of ${s.name}`}
          columns={[
            'Slot',
            'Status',
            { label: 'Started', class: 'runs-started' },
            num('Took'),
            num('Rows'),
            num('Size'),
            'File',
          ]}
        >
          {all.map((r) => (
            <tr key={r.id}>
              <td class="nowrap">
                {formatDateTime(r.slot, s.timezone)}
                <span class="muted small block">{TRIGGER_WORDS[r.trigger]}</span>
              </td>
              <td>
                <RunStatus run={r} />
                {r.attempts > 1 ? <span class="muted small block">{r.attempts} attempts</span> : null}
                {r.error ? <span class="run-error block">{r.error}</span> : null}
              </td>
              <td class="nowrap muted runs-started">
                {r.started_at ? formatDateTime(r.started_at, s.timezone) : '–'}
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
        </DataTable>
      ) : null}
      {before ? (
        <button type="button" class="btn btn-small btn-ghost more-runs" onClick={() => void more()}>
          Older runs
        </button>
      ) : null}
    </div>
  )
}
