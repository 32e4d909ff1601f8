import { useEffect, useState } from 'preact/hooks'
import { useDebounced } from '../hooks.ts'
import { formatMetric } from '../lib/format.ts'
import type { Query } from '../lib/route.ts'
import { METRICS } from '../lib/types.ts'
import { setQuery } from '../router.ts'
import { InputField, Options, SelectField } from './ui.tsx'

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
    <InputField
      label={props.label}
      fieldClass={props.class}
      type="search"
      value={value}
      placeholder={props.placeholder}
      onValue={setValue}
      onKeyDown={(e) => {
        if (e.key === 'Enter') setQuery({ [props.name]: value.trim() || null, cursor: null })
      }}
    />
  )
}

export function MetricFilter(props: { query: Query; name?: string }) {
  const name = props.name ?? 'metric'
  return (
    <SelectField
      label="Metric"
      value={props.query[name] ?? ''}
      onValue={(v) => setQuery({ [name]: v || null, cursor: null })}
    >
      <option value="">All metrics</option>
      <Options items={METRICS} label={formatMetric} />
    </SelectField>
  )
}

export function DateFilter(props: { label: string; name: string; query: Query }) {
  return (
    <InputField
      label={props.label}
      type="date"
      lazy
      value={props.query[props.name] ?? ''}
      onValue={(v) => setQuery({ [props.name]: v || null, cursor: null })}
    />
  )
}
