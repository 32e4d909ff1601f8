// Small actions: the next page of a list, a link-like button, a choice of views, a file download.
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact'
import { attempt } from './toasts.tsx'

/** Under a list read a page at a time: the button that loads the next page, while there is one. */
export function LoadMore(props: {
  pages: { hasMore: boolean; loadMore: () => Promise<void> }
  children: ComponentChildren
}) {
  if (!props.pages.hasMore) return null
  return (
    <div class="more">
      <button type="button" class="btn" onClick={() => void attempt(props.pages.loadMore)}>
        {props.children}
      </button>
    </div>
  )
}

/**
 * A row of buttons of which one is pressed: which view, period or mode is shown. The legend is for
 * screen readers; each button is (value, label).
 */
export function ChoiceButtons<V extends string>(props: {
  legend: string
  class: string
  buttonClass: string
  choices: ReadonlyArray<readonly [V, ComponentChildren]>
  value: V
  onChoose: (value: V) => void
}) {
  return (
    <fieldset class={props.class}>
      <legend class="visually-hidden">{props.legend}</legend>
      {props.choices.map(([value, label]) => (
        <button
          key={value}
          type="button"
          class={props.buttonClass}
          aria-pressed={props.value === value}
          onClick={() => props.onChoose(value)}
        >
          {label}
        </button>
      ))}
    </fieldset>
  )
}

/** A small inline link-like button. */
export function LinkButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" {...props} class={`link-button ${props.class ?? ''}`} />
}

/** Triggers a file download of `content` (a string or a data URL). */
export function download(filename: string, content: string | Blob, type = 'text/csv;charset=utf-8'): void {
  const url =
    typeof content === 'string' && content.startsWith('data:')
      ? content
      : URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  if (!url.startsWith('data:')) window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** A page header's button that opens the page's add form; gone while the form is open. */
export function AddButton(props: { form: { open: boolean; show: () => void }; label: string }) {
  if (props.form.open) return null
  return (
    <button type="button" class="btn btn-primary" onClick={props.form.show}>
      {props.label}
    </button>
  )
}
