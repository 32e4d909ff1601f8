// Form controls, each with its label and hint: inputs, textareas, selects, checkboxes, form buttons.
import type {
  AllHTMLAttributes,
  ComponentChildren,
  InputHTMLAttributes,
  JSX,
  PartialSelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'preact'
import { useState } from 'preact/hooks'
import { errorMessage } from '../../lib/api.ts'
import { Notice } from './notices.tsx'

let fieldIds = 0
/** A labelled control: the label, the control (given its id), an optional hint. */
export function Field(props: {
  label: string
  hint?: string
  class?: string
  children: (id: string, describedBy: string | undefined) => JSX.Element
}) {
  const [id] = useState(() => `f${++fieldIds}`)
  const hintId = props.hint ? `${id}-hint` : undefined
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      {props.children(id, hintId)}
      {props.hint ? (
        <span class="hint" id={hintId}>
          {props.hint}
        </span>
      ) : null}
    </div>
  )
}

type Labelled = { label: string; hint?: string; fieldClass?: string }
type Bound = {
  value: string
  onValue: (value: string) => void
  /** Report the value when it is committed (the change event) rather than as it is typed. */
  lazy?: boolean
}
type ControlAttrs<A> = Omit<A, 'id' | 'value' | 'onInput' | 'onChange' | 'aria-describedby' | 'role'>

/** What a field gives its control: the id, the hint, the value, and the handler that reports changes. */
function bound(id: string, hintId: string | undefined, props: Bound) {
  const report = (e: { currentTarget: { value: string } }) => props.onValue(e.currentTarget.value)
  return {
    id,
    'aria-describedby': hintId,
    value: props.value,
    ...(props.lazy ? { onChange: report } : { onInput: report }),
  }
}

/**
 * A labelled input bound to a string; other props (type, required, maxLength, ref…) go to the input,
 * and children (a datalist) follow it.
 */
export function InputField(
  props: Labelled &
    Bound &
    ControlAttrs<AllHTMLAttributes<HTMLInputElement>> & { children?: ComponentChildren },
) {
  const { label, hint, fieldClass, value, onValue, lazy, children, ...input } = props
  return (
    <Field label={label} hint={hint} class={fieldClass}>
      {(id, hintId) => (
        <>
          <input {...bound(id, hintId, props)} {...(input as InputHTMLAttributes)} />
          {children}
        </>
      )}
    </Field>
  )
}

/** A labelled textarea bound to a string. */
export function TextAreaField(
  props: Labelled & Bound & ControlAttrs<TextareaHTMLAttributes<HTMLTextAreaElement>>,
) {
  const { label, hint, fieldClass, value, onValue, lazy, ...textarea } = props
  return (
    <Field label={label} hint={hint} class={fieldClass}>
      {(id, hintId) => <textarea {...bound(id, hintId, props)} {...textarea} />}
    </Field>
  )
}

/** A labelled select bound to a string (reported on change); its options are the children. */
export function SelectField(
  props: Labelled &
    Omit<Bound, 'lazy'> &
    ControlAttrs<PartialSelectHTMLAttributes<HTMLSelectElement>> & { children: ComponentChildren },
) {
  const { label, hint, fieldClass, value, onValue, children, ...select } = props
  return (
    <Field label={label} hint={hint} class={fieldClass}>
      {(id, hintId) => (
        <select {...bound(id, hintId, { value, onValue, lazy: true })} {...select}>
          {children}
        </select>
      )}
    </Field>
  )
}

/** One option per item: its value (the item itself by default) and its label (the value by default). */
export function Options<T>(props: {
  items: readonly T[]
  value?: (item: T) => string
  label?: (item: T) => ComponentChildren
}) {
  const value = props.value ?? String
  return (
    <>
      {props.items.map((item) => (
        <option key={value(item)} value={value(item)}>
          {props.label ? props.label(item) : value(item)}
        </option>
      ))}
    </>
  )
}

/** A checkbox with its label after it. */
export function Check(props: {
  checked: boolean
  onValue: (checked: boolean) => void
  disabled?: boolean
  title?: string
  children: ComponentChildren
}) {
  return (
    <label class="check" title={props.title}>
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onValue(e.currentTarget.checked)}
      />
      {props.children}
    </label>
  )
}

/** A form's sending (useSubmit): its button waits while `busy`, and `error` says why the last one failed. */
export interface Sending {
  busy: boolean
  error: unknown
}

function submitLabel(props: { submit: string; waiting?: string; sending?: Sending }) {
  return props.sending?.busy && props.waiting ? props.waiting : props.submit
}

function FormError(props: { sending?: Sending }) {
  const error = props.sending?.error
  return error ? <Notice kind="error">{errorMessage(error)}</Notice> : null
}

/** A form's submit button and Cancel, then anything else (a note); above them, the last error if any. */
export function FormActions(props: {
  submit: string
  /** The button's label while the form is being sent ("Saving…"). */
  waiting?: string
  disabled?: boolean
  sending?: Sending
  onCancel: () => void
  children?: ComponentChildren
}) {
  return (
    <>
      <FormError sending={props.sending} />
      <div class="editor-actions">
        <button type="submit" class="btn btn-primary" disabled={props.disabled || props.sending?.busy}>
          {submitLabel(props)}
        </button>
        <button type="button" class="btn btn-ghost" onClick={props.onCancel}>
          Cancel
        </button>
        {props.children}
      </div>
    </>
  )
}

/**
 * A form's one button on a line of its own (`class`: its look, the primary one unless told), after the
 * last error if any and anything else to say first (children: what the last sending stored).
 */
export function SubmitLine(props: {
  submit: string
  waiting?: string
  disabled?: boolean
  sending?: Sending
  class?: string
  children?: ComponentChildren
}) {
  return (
    <>
      <FormError sending={props.sending} />
      {props.children}
      <div>
        <button
          type="submit"
          class={props.class ?? 'btn btn-primary'}
          disabled={props.disabled || props.sending?.busy}
        >
          {submitLabel(props)}
        </button>
      </div>
    </>
  )
}
