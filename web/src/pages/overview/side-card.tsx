// The overview's side column: a card with a heading and a control, and lists of links with a line each.
import type { ComponentChildren } from 'preact'
import { buildHash } from '../../lib/route.ts'

/** A card of the side column: its heading with a control beside it, then what it shows. */
export function SideCard(props: {
  id: string
  title: string
  action: ComponentChildren
  children: ComponentChildren
}) {
  return (
    <section class="card side-card" aria-labelledby={props.id}>
      <div class="side-card-head">
        <h2 id={props.id}>{props.title}</h2>
        {props.action}
      </div>
      {props.children}
    </section>
  )
}

/** One kind of change under its heading: each links to its series, with a line on what changed. */
export function SeriesChanges<T extends { series_id: number; series_title: string }>(props: {
  title: string
  items: T[] | undefined
  itemKey: (item: T) => string
  line: (item: T) => ComponentChildren
}) {
  if (!props.items?.length) return null
  return (
    <>
      <h3 class="side-sub">{props.title}</h3>
      <ChangeList
        items={props.items}
        itemKey={props.itemKey}
        href={(x) => buildHash(['series', x.series_id])}
        text={(x) => x.series_title}
        line={props.line}
      />
    </>
  )
}

/** Links, each with a line under it on what changed. */
export function ChangeList<T>(props: {
  items: T[]
  itemKey: (item: T) => string | number
  href: (item: T) => string
  text: (item: T) => ComponentChildren
  line: (item: T) => ComponentChildren
}) {
  return (
    <ul class="change-list">
      {props.items.map((x) => (
        <li key={props.itemKey(x)}>
          <a href={props.href(x)}>{props.text(x)}</a>
          <span class="change-line">{props.line(x)}</span>
        </li>
      ))}
    </ul>
  )
}
