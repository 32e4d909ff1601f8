// The form that creates a scheduled export (with the page's filters) or edits one.
import { useRef, useState } from 'preact/hooks'
import { useFocusFirstField, useSubmit } from '../hooks.ts'
import { patch, post } from '../lib/api.ts'
import {
  CRON_PRESETS,
  type ExportFilters,
  type ExportSchedule,
  type ExportTable,
  localTimeZone,
  type ScheduleFields,
  timeZones,
} from '../lib/exports.ts'
import { ExportOptions, FormError, FormFilters, TablePicker } from './export-parts.tsx'
import { Check, FormActions, InputField, Options, SelectField } from './ui.tsx'

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
    if (f === 'csv' && tables.length > 1) setTables(tables.slice(0, 1))
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
