// The page's frame: its heading, and headed sections.
import type { ComponentChildren } from 'preact'
import { useEffect, useRef } from 'preact/hooks'

/** The page's heading; it takes the focus when the view opens, so screen readers announce it. */
export function PageHeader(props: {
  title: string
  subtitle?: ComponentChildren
  actions?: ComponentChildren
  focus?: boolean
}) {
  const h1 = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (props.focus !== false && !document.activeElement?.closest('main'))
      h1.current?.focus({ preventScroll: true })
  }, [props.title, props.focus])
  return (
    <header class="page-header">
      <div>
        <h1 tabIndex={-1} ref={h1}>
          {props.title}
        </h1>
        {props.subtitle ? <p class="page-subtitle">{props.subtitle}</p> : null}
      </div>
      {props.actions ? <div class="page-actions">{props.actions}</div> : null}
    </header>
  )
}

/** A section headed by an h2 (with the id the section is labelled by). */
export function Section(props: {
  id: string
  title: ComponentChildren
  class?: string
  children: ComponentChildren
}) {
  return (
    <section class={props.class} aria-labelledby={props.id}>
      <h2 id={props.id} class="card-title">
        {props.title}
      </h2>
      {props.children}
    </section>
  )
}

/** A section's h2 (with the id the section is labelled by), an optional note under it, and its controls. */
export function SectionHead(props: {
  id: string
  title: string
  note?: ComponentChildren
  children?: ComponentChildren
}) {
  const title = (
    <h2 id={props.id} class="card-title">
      {props.title}
    </h2>
  )
  return (
    <div class="section-head">
      {props.note ? (
        <div>
          {title}
          <p class="muted small section-note">{props.note}</p>
        </div>
      ) : (
        title
      )}
      {props.children}
    </div>
  )
}

/** A section labelled by its heading: the heading with its note and `actions` (SectionHead), then the rest. */
export function HeadedSection(props: {
  id: string
  title: string
  class: string
  note?: ComponentChildren
  actions?: ComponentChildren
  children?: ComponentChildren
}) {
  return (
    <section class={props.class} aria-labelledby={props.id}>
      <SectionHead id={props.id} title={props.title} note={props.note}>
        {props.actions}
      </SectionHead>
      {props.children}
    </section>
  )
}
