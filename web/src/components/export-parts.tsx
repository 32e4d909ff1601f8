// Small pieces shared by the exports page's downloads, schedules and feeds.
import type { ComponentChildren } from 'preact'
import { ApiError, errorMessage } from '../lib/api.ts'
import {
  describeFilters,
  EXPORT_TABLES,
  type ExportFilters,
  type ExportTable,
  TABLE_LABELS,
} from '../lib/exports.ts'
import { Check, Notice } from './ui.tsx'

/** Checkboxes for the tables of an export; `single` allows one (a CSV holds one table). */
export function TablePicker(props: {
  value: ExportTable[]
  onChange: (tables: ExportTable[]) => void
  single?: boolean
  legend?: string
}) {
  function toggle(t: ExportTable, on: boolean) {
    if (props.single) return props.onChange([t])
    const next = EXPORT_TABLES.filter((x) => (x === t ? on : props.value.includes(x)))
    props.onChange(next)
  }
  return (
    <CheckGroup legend={props.legend ?? 'Tables'}>
      {EXPORT_TABLES.map((t) => (
        <label key={t} class="check">
          <input
            type={props.single ? 'radio' : 'checkbox'}
            name={props.single ? 'export-table' : undefined}
            checked={props.value.includes(t)}
            onChange={(e) => toggle(t, e.currentTarget.checked)}
          />
          {TABLE_LABELS[t]}
        </label>
      ))}
    </CheckGroup>
  )
}

/** Checkboxes in a row under a legend. */
export function CheckGroup(props: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="plain-fieldset">
      <legend>{props.legend}</legend>
      <div class="check-row">{props.children}</div>
    </fieldset>
  )
}

/** An export's options: the HXL hashtags row and the byte-order mark. */
export function ExportOptions(props: {
  hxl: boolean
  onHxl: (on: boolean) => void
  bom: boolean
  onBom: (on: boolean) => void
  bomLabel: string
  bomDisabled?: boolean
}) {
  return (
    <CheckGroup legend="Options">
      <Check checked={props.hxl} onValue={props.onHxl}>
        HXL hashtags row
      </Check>
      <Check checked={props.bom} onValue={props.onBom} disabled={props.bomDisabled}>
        {props.bomLabel}
      </Check>
    </CheckGroup>
  )
}

/** The filters a saved export (a schedule, a feed) keeps, and a note or control under them. */
export function FormFilters(props: { filters: ExportFilters; label: string; children: ComponentChildren }) {
  return (
    <div class="form-filters">
      <span class="field-label">Filters</span>
      <FilterChips filters={props.filters} label={props.label} />
      {props.children}
    </div>
  )
}

/** Stored filters as chips; "All claims" when there are none. */
export function FilterChips(props: { filters: ExportFilters; label?: string }) {
  const words = describeFilters(props.filters)
  return (
    <ul class="chips" aria-label={props.label ?? 'Filters'}>
      {words.length ? (
        words.map((w) => (
          <li key={w} class="chip">
            {w}
          </li>
        ))
      ) : (
        <li class="chip">All claims</li>
      )}
    </ul>
  )
}

/** Tables in words: "Claims, Series summary". */
export function tablesText(tables: ExportTable[]): string {
  return tables.map((t) => TABLE_LABELS[t]).join(', ')
}

/**
 * Opens a same-origin file URL as a download. The browser streams it straight to disk, however large;
 * the server names the file (Content-Disposition).
 */
export function followDownload(url: string): void {
  const a = document.createElement('a')
  a.href = url
  a.download = ''
  document.body.append(a)
  a.click()
  a.remove()
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
