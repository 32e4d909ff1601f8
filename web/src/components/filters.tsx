import { useEffect, useState } from 'preact/hooks'
import { useDebounced } from '../hooks.ts'
import { formatMetric } from '../lib/format.ts'
import type { Query } from '../lib/route.ts'
import { METRICS } from '../lib/types.ts'
import { setQuery } from '../router.ts'
import { Field } from './ui.tsx'

/** A text filter that writes itself into the URL a moment after typing stops. */
export function TextFilter(props: {
  label: string
  name: string
  query: Query
  placeholder?: string
  class?: string
}) {
  const [value, setValue] = useState(props.query[props.name] ?? '')
  const debounced = useDebounced(value, 350)
  const inUrl = props.query[props.name] ?? ''
  useEffect(() => setValue(inUrl), [inUrl])
  useEffect(() => {
    if (debounced.trim() !== inUrl) setQuery({ [props.name]: debounced.trim() || null, cursor: null })
  }, [debounced])
  return (
    <Field label={props.label} class={props.class}>
      {(id) => (
        <input
          id={id}
          type="search"
          value={value}
          placeholder={props.placeholder}
          onInput={(e) => setValue(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') setQuery({ [props.name]: value.trim() || null, cursor: null })
          }}
        />
      )}
    </Field>
  )
}

export function MetricFilter(props: { query: Query; name?: string }) {
  const name = props.name ?? 'metric'
  return (
    <Field label="Metric">
      {(id) => (
        <select
          id={id}
          value={props.query[name] ?? ''}
          onChange={(e) => setQuery({ [name]: e.currentTarget.value || null, cursor: null })}
        >
          <option value="">All metrics</option>
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {formatMetric(m)}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

export function DateFilter(props: { label: string; name: string; query: Query }) {
  return (
    <Field label={props.label}>
      {(id) => (
        <input
          id={id}
          type="date"
          value={props.query[props.name] ?? ''}
          onChange={(e) => setQuery({ [props.name]: e.currentTarget.value || null, cursor: null })}
        />
      )}
    </Field>
  )
}
