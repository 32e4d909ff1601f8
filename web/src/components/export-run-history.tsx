// A schedule's runs: their status, timing, size and the files to download, newest first.
import { useEffect, useState } from 'preact/hooks'
import { get } from '../lib/api.ts'
import { baseName, type ExportRun, type ExportSchedule, formatDuration } from '../lib/exports.ts'
import { formatBytes } from '../lib/files.ts'
import { formatDateTime, formatNumber } from '../lib/format.ts'
import { useExportRuns } from '../lib/queries.ts'
import { DataTable, num } from './data-table.tsx'
import { attempt, Badge, LoadStatus } from './ui.tsx'

export function RunStatus(props: { run: ExportRun }) {
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

const TRIGGER_WORDS: Record<ExportRun['trigger'], string> = {
  schedule: 'on time',
  missed: 'missed, caught up',
  manual: 'run now',
}

/** A schedule's runs, newest first; polls while a run is queued or running. */
export function RunHistory(props: { schedule: ExportSchedule; tick: number; onSettled: () => void }) {
  const s = props.schedule
  const [older, setOlder] = useState<ExportRun[]>([])
  const [before, setBefore] = useState<number | null>(null)
  const runs = useExportRuns(s.id)
  // A run started: ask for the list again (a history that opens with the run reads it anyway).
  useEffect(() => {
    if (props.tick) runs.reload()
  }, [props.tick])
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
