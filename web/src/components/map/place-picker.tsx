// Country, then division: picked from the places that have figures (/api/places), written into the URL
// as `place` (an ISO3 or ISO 3166-2 code), which the topics, claims and exports filters all read.
import { useLoad } from '../../hooks.ts'
import { get } from '../../lib/api.ts'
import type { Query } from '../../lib/route.ts'
import type { PlaceCountry } from '../../lib/types.ts'
import { setQuery } from '../../router.ts'
import { SelectField } from '../ui.tsx'

const ISO3 = /^[A-Z]{3}$/
const ADM1 = /^[A-Z]{2}-[A-Z0-9]{1,3}$/

export function PlacePicker(props: { query: Query }) {
  const places = useLoad((signal) => get<{ items: PlaceCountry[] }>('/api/places', signal), [])
  const items = places.data?.items ?? []
  const place = props.query.place ?? ''
  const adm1 = ADM1.test(place) ? place : ''
  const country = ISO3.test(place)
    ? place
    : (items.find((c) => c.divisions.some((d) => d.code === adm1))?.code ?? '')
  const divisions = items.find((c) => c.code === country)?.divisions ?? []
  const pick = (value: string) => setQuery({ place: value || null, cursor: null })
  return (
    <>
      <SelectField label="Country" value={country} onValue={pick}>
        <option value="">All countries</option>
        {items.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name} ({c.claims})
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Division"
        value={adm1}
        onValue={(v) => pick(v || country)}
        disabled={!divisions.length}
      >
        <option value="">{country ? 'All divisions' : 'Pick a country first'}</option>
        {divisions.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name} ({d.claims})
          </option>
        ))}
      </SelectField>
    </>
  )
}
