// Scheduled exports: the list with their last and next run and the controls of each (the form is in
// export-schedule-form.tsx, the run history in export-run-history.tsx). Viewers see the list, the history
// and the files; editors also get the controls (the server checks again).
import { useState } from 'preact/hooks'
import { useAddForm } from '../hooks.ts'
import { del, post } from '../lib/api.ts'
import { describeCron, type ExportFilters, type ExportSchedule } from '../lib/exports.ts'
import { formatDateTime } from '../lib/format.ts'
import { useExportSchedules } from '../lib/queries.ts'
import { ACTIONS, DataTable } from './data-table.tsx'
import { DestinationsPanel } from './export-destinations.tsx'
import { FilterChips, tablesText } from './export-parts.tsx'
import { RunHistory, RunStatus } from './export-run-history.tsx'
import { ScheduleForm } from './export-schedule-form.tsx'
import { AddButton, attempt, Badge, Empty, HeadedSection, LoadStatus, toast } from './ui.tsx'
export function SchedulesSection(props: { filters: ExportFilters; editor: boolean }) {
  const schedules = useExportSchedules()
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
    <HeadedSection
      class="exports-section"
      id="schedules-title"
      title="Scheduled exports"
      note="Written to a folder on the server on a timetable, in the schedule's time zone. Past files can be downloaded from a schedule's history."
      actions={props.editor ? <AddButton form={creating} label="New schedule" /> : null}
    >
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
    </HeadedSection>
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
            <DestinationsPanel scheduleId={s.id} editor={props.editor} timeZone={s.timezone} />
          </td>
        </tr>
      ) : null}
    </>
  )
}
