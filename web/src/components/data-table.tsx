// The scaffolding of the dashboard's tables: the scrolling wrapper, the header row and the body.
import type { ComponentChildren } from 'preact'

/** A column's heading: its text, or the text with the header cell's class ("num" right-aligns). */
export type Column = string | { label: string; class?: string; hidden?: boolean }

/** A column of figures, right-aligned. */
export const num = (label: string): Column => ({ label, class: 'num' })

/** The row actions' column: named for screen readers, blank on screen. */
export const ACTIONS: Column = { label: 'Actions', hidden: true }

/** A table in its scrolling wrapper, with one header row; the rows are the children. */
export function DataTable(props: {
  columns: Column[]
  class?: string
  label?: string
  wrapClass?: string
  children: ComponentChildren
}) {
  return (
    <div class={props.wrapClass ?? 'table-wrap'}>
      <table class={props.class ? `table ${props.class}` : 'table'} aria-label={props.label}>
        <thead>
          <tr>
            {props.columns.map((c) => {
              const col = typeof c === 'string' ? { label: c } : c
              return (
                <th key={col.label} scope="col" class={col.class}>
                  {col.hidden ? <span class="visually-hidden">{col.label}</span> : col.label}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  )
}
