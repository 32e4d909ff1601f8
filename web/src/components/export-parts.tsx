// Small pieces shared by the exports page's downloads, schedules and feeds.
import {
  describeFilters,
  EXPORT_TABLES,
  type ExportFilters,
  type ExportTable,
  TABLE_LABELS,
} from '../lib/exports.ts'
import { toast } from './ui.tsx'

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
    <fieldset class="plain-fieldset">
      <legend>{props.legend ?? 'Tables'}</legend>
      <div class="check-row">
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
      </div>
    </fieldset>
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

/** Copies text to the clipboard and says whether it worked. */
export function copyText(text: string, what = 'Copied.'): void {
  const clipboard = navigator.clipboard
  if (!clipboard) {
    toast('Copy it by hand: the clipboard is not available here.', 'error')
    return
  }
  clipboard.writeText(text).then(
    () => toast(what),
    () => toast('Copy it by hand: the clipboard is not available here.', 'error'),
  )
}

/** A value to copy, such as a feed URL, with its Copy button. */
export function CopyField(props: { label: string; value: string }) {
  return (
    <div class="copy-field">
      <span class="copy-label">{props.label}</span>
      <code class="secret-value">{props.value}</code>
      <button
        type="button"
        class="btn btn-small"
        aria-label={`Copy ${props.label}`}
        onClick={() => copyText(props.value, `${props.label} copied.`)}
      >
        Copy
      </button>
    </div>
  )
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
