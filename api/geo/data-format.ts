// The compact gazetteer file written by scripts/build-gazetteer.ts: rows as arrays, not objects, so the
// 70 000 towns parse fast and take little memory.

/** ISO3, ISO2, names in English, French, Spanish, Arabic, other English names. */
export type CountryRow = [string, string, string, string, string, string, string[]]
/** ISO 3166-2 code ("SY-ID"), ISO3, names in English, French, Spanish, Arabic, other spellings. */
export type DivisionRow = [string, string, string, string, string, string, string[]]
/** GeoNames id, name, ISO3, ISO 3166-2 code or "", latitude, longitude, population, other spellings. */
export type TownRow = [number, string, string, string, number, number, number, string[]]

export interface GazetteerData {
  countries: CountryRow[]
  divisions: DivisionRow[]
  towns: TownRow[]
}

/** Tally's own additions (api/geo/additions.json): spellings the packages lack, and sites they lack. */
export interface Additions {
  /** Spelling -> what it names: "town:<GeoNames id>", "adm1:<ISO 3166-2>", "country:<ISO3>", "site:<id>". */
  aliases: Record<string, string>
  /** Camps, crossings, regions: places with no GeoNames town, each in a division. */
  sites: {
    id: string
    name: string
    adm1: string
    lat: number
    lon: number
    precision: 'site' | 'district' | 'province'
    spellings?: string[]
  }[]
}
