// A resolved place as the claims table stores it, and the other way round.
import type { NewClaimRow } from '../../db/schema/index.ts'
import { type PlaceInput, type ResolvedPlace, resolveArticlePlaces, resolvePlace } from '../resolve.ts'

export type GeoColumns = Pick<
  NewClaimRow,
  | 'geoCountry'
  | 'geoAdm1'
  | 'geoAdm1Name'
  | 'geoSiteId'
  | 'geoSiteName'
  | 'geoLat'
  | 'geoLon'
  | 'geoPrecision'
>

export const geoColumns = (p: ResolvedPlace): GeoColumns => ({
  geoCountry: p.country,
  geoAdm1: p.adm1,
  geoAdm1Name: p.adm1Name,
  geoSiteId: p.siteId,
  geoSiteName: p.siteName,
  geoLat: p.lat,
  geoLon: p.lon,
  geoPrecision: p.precision,
})

/** The geo columns of one article's claims, each place decided with the others. */
export const articleGeoColumns = (claims: PlaceInput[]): GeoColumns[] =>
  resolveArticlePlaces(claims).map(geoColumns)

/** The geo columns of a claim on its own (typed or corrected by an editor). */
export const placeColumns = (c: PlaceInput): GeoColumns => geoColumns(resolvePlace(c))
