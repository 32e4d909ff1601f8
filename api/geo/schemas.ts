// The places API's shapes: the country and division lists the filters pick from, and the map's points.
import { Type } from 'typebox'
import { METRICS, QUALIFIERS } from '../extractor/types.ts'
import { Nullable, NullableDay } from '../http/schemas.ts'
import { PRECISIONS } from './precision.ts'

const Division = Type.Object({
  code: Type.String({ description: 'ISO 3166-2 ("SY-ID")' }),
  name: Type.String(),
  claims: Type.Integer({ description: 'claims (not rejected) whose place resolves into it' }),
})

export const PlaceCountry = Type.Object({
  code: Type.String({ description: 'ISO 3166-1 alpha-3' }),
  name: Type.String(),
  claims: Type.Integer({
    description: 'claims (not rejected) whose place resolves into it, divisions included',
  }),
  divisions: Type.Array(Division),
})

export const PlaceList = Type.Object({ items: Type.Array(PlaceCountry) })

export const MapQuery = Type.Object(
  {
    metric: Type.Enum(METRICS, { description: 'the metric whose latest figures are drawn' }),
    country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{3}$', description: 'ISO3: only this country' })),
    adm1: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$',
        description: 'ISO 3166-2: only this division',
      }),
    ),
    series_id: Type.Optional(
      Type.Integer({ minimum: 1, description: "only this series' figures (the series page's map)" }),
    ),
  },
  { additionalProperties: false },
)

export const MapPoint = Type.Object({
  key: Type.String({ description: 'site id, ISO 3166-2 code or ISO3: the place the bubble stands for' }),
  name: Type.String(),
  country: Type.String(),
  adm1: Nullable(Type.String()),
  lat: Type.Number(),
  lon: Type.Number(),
  precision: Type.Enum(PRECISIONS),
  low: Type.Number(),
  high: Nullable(Type.Number()),
  qualifier: Type.Enum(QUALIFIERS),
  as_of: NullableDay,
  claim_id: Type.Integer(),
  series_id: Nullable(Type.Integer()),
})

export const MapPoints = Type.Object({ metric: Type.Enum(METRICS), items: Type.Array(MapPoint) })
