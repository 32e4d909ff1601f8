// The place resolved against the gazetteer (api/geo/) as claims-table columns: codes and coordinates to
// join other data on, and the place as the sentence wrote it. (Typed where tables.ts spreads them in.)
import type { SQL } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import { claims } from '../db/schema/index.ts'
import { column } from './column.ts'

const geo = <K extends 'text' | 'number'>(
  key: string,
  hxl: string,
  kind: K,
  description: string,
  value: SQL | PgColumn,
  width = 12,
) => ({ ...column(key, kind, hxl, width), description, sql: value })

export const GEO_COLUMNS = [
  geo('adm1_code', '#adm1+code', 'text', 'ISO 3166-2 code of the first-level division.', claims.geoAdm1),
  geo('adm1_name', '#adm1+name+resolved', 'text', 'Name of that division.', claims.geoAdm1Name, 18),
  geo('site', '#loc+name', 'text', 'Town or site the figure is about.', claims.geoSiteName, 18),
  geo('site_id', '#loc+code', 'text', 'GeoNames id ("gn:…") or Tally site id.', claims.geoSiteId),
  geo('lat', '#geo+lat', 'number', 'Latitude of the site, division or country.', claims.geoLat, 10),
  geo('lon', '#geo+lon', 'number', 'Longitude of the site, division or country.', claims.geoLon, 10),
  geo(
    'precision',
    '#meta+precision',
    'text',
    'site, town, district, province, country or unknown: what the figure is really about.',
    claims.geoPrecision,
    10,
  ),
  geo(
    'place_written',
    '#loc+name+reported',
    'text',
    'The place as the sentence wrote it.',
    claims.location,
    18,
  ),
]
