// The fields of a claim's figure, shared by the claim editor and the form that adds a claim.
import { formatMetric, formatQualifier } from '../lib/format.ts'
import { METRICS, QUALIFIERS } from '../lib/types.ts'
import { InputField, Options, SelectField } from './ui.tsx'

type SetField = (key: 'metric' | 'qualifier' | 'low' | 'high', value: string) => void

/** What a claim counts (its metric) and how exactly (its qualifier). */
export function MetricQualifierFields(props: { metric: string; qualifier: string; set: SetField }) {
  return (
    <>
      <SelectField label="Metric" value={props.metric} onValue={(v) => props.set('metric', v)}>
        <Options items={METRICS} label={formatMetric} />
      </SelectField>
      <SelectField label="Qualifier" value={props.qualifier} onValue={(v) => props.set('qualifier', v)}>
        <Options items={QUALIFIERS} label={formatQualifier} />
      </SelectField>
    </>
  )
}

/** A claim's figure: the low end (required) and, for a range, the high end. */
export function FigureFields(props: { low: string; high: string; set: SetField }) {
  return (
    <>
      <InputField
        label="Figure (low)"
        type="number"
        min="0"
        step="any"
        required
        value={props.low}
        onValue={(v) => props.set('low', v)}
      />
      <InputField
        label="High"
        type="number"
        min="0"
        step="any"
        value={props.high}
        onValue={(v) => props.set('high', v)}
      />
    </>
  )
}
