// The gazetteer and the place resolver: the seeds' and the sample articles' places get the right codes
// and precision, spellings meet in one town, shared names are decided by context or left unknown.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'
import { allDivisions, countryIso2, geoEntry, geoLookup, PRECISIONS } from '../../api/geo/gazetteer.ts'
import { resolveArticlePlaces, resolvePlace } from '../../api/geo/resolve.ts'
import articles from '../../api/sample-data/articles.json' with { type: 'json' }
import { haveSeeds, readSeeds, seedsMissing } from '../helpers/seeds.ts'

const place = (location: string | null, country: string | null = null, context: string[] = []) =>
  resolvePlace({ location, country }, context)

describe('resolving a place', () => {
  it('gives every spelling of Khan Sheikhoun the same GeoNames town in Idlib, at town precision', () => {
    const spellings = ['Khan Sheikhoun', 'Khan Shaykhun', 'Khan Sheikhun', 'Khān Shaykhūn', 'khan sheikhoun']
    const resolved = spellings.map((s) => place(s))
    for (const r of resolved) {
      expect(r).toMatchObject({ country: 'SYR', adm1: 'SY-ID', adm1Name: 'Idlib', precision: 'town' })
      expect(r.siteId).toBe(resolved[0]?.siteId)
      expect(r.lat).toBeCloseTo(35.44, 1)
      expect(r.lon).toBeCloseTo(36.65, 1)
    }
  })

  it('files a part of a division at province precision and a country at country precision', () => {
    expect(place('southern Idlib')).toMatchObject({ adm1: 'SY-ID', precision: 'province', siteId: null })
    expect(place('Idlib province')).toMatchObject({ adm1: 'SY-ID', precision: 'province' })
    expect(place('northwest Syria')).toMatchObject({ adm1: 'SY-ID', precision: 'province' })
    expect(place('Syria')).toMatchObject({ country: 'SYR', adm1: null, precision: 'country' })
    expect(place(null, 'SYR')).toMatchObject({ country: 'SYR', precision: 'country' })
    expect(place(null, null)).toMatchObject({ country: null, precision: 'unknown' })
  })

  it("reads countries' names in French, Spanish and Arabic, and sites from Tally's additions", () => {
    expect(place('Syrie').country).toBe('SYR')
    expect(place('República Árabe Siria').country).toBe('SYR')
    expect(place('سوريا').country).toBe('SYR')
    expect(place('Al-Hol camp')).toMatchObject({
      adm1: 'SY-HA',
      precision: 'site',
      siteId: 'tally:al-hol-camp',
    })
  })

  it('decides a name several countries share by the claim country or the article, else leaves it unknown', () => {
    expect(place('Tripoli')).toMatchObject({ country: null, precision: 'unknown', lat: null })
    expect(place('Tripoli', 'LBN').country).toBe('LBN')
    expect(place('Tripoli', null, ['LBY']).country).toBe('LBY')
    const [benghazi, tripoli] = resolveArticlePlaces([
      { location: 'Benghazi', country: null },
      { location: 'Tripoli', country: null },
    ])
    expect(benghazi?.country).toBe('LBY')
    expect(tripoli?.country).toBe('LBY')
    // An unknown name keeps only the country it was given.
    expect(place('Nowhere-on-earth', 'SYR')).toMatchObject({ country: 'SYR', precision: 'unknown' })
  })

  it.skipIf(!haveSeeds)('resolves the seeds’ places to Syria and Idlib (SY-ID)', () => {
    seedsMissing()
    const seen = new Set<string>()
    for (const seed of readSeeds()) {
      const claims = extractClaims(seed.text, { published: seed.published })
      const resolved = resolveArticlePlaces(claims)
      claims.forEach((c, i) => {
        const r = resolved[i]
        if (!r) throw new Error('one resolution per claim')
        expect(r.country, `${c.location} in seed ${seed.id}`).toBe('SYR')
        if (c.location === 'Idlib') expect(r).toMatchObject({ adm1: 'SY-ID', precision: 'province' })
        if (c.location === 'Syria') expect(r).toMatchObject({ adm1: null, precision: 'country' })
        seen.add(r.precision)
      })
    }
    expect([...seen].sort()).toEqual(['country', 'province'])
  })

  it('resolves the sample articles’ places, Khan Sheikhun to the town', () => {
    const all = articles.flatMap((a) => {
      const claims = extractClaims(a.text, { published: a.published })
      return resolveArticlePlaces(claims).map((r, i) => ({ ...r, written: claims[i]?.location }))
    })
    expect(all.length).toBeGreaterThan(5)
    for (const r of all) expect(r.country).toBe('SYR')
    const town = all.find((r) => r.written === 'Khan Sheikhun')
    expect(town).toMatchObject({ adm1: 'SY-ID', precision: 'town', siteId: place('Khan Shaykhun').siteId })
  })
})

describe('the gazetteer', () => {
  const divisions = allDivisions()

  it('covers every country and thousands of divisions and towns', () => {
    expect(divisions.length).toBeGreaterThan(3000)
    for (const iso3 of ['SYR', 'YEM', 'SDN', 'UKR', 'PSE', 'FJI', 'ISL', 'URY'])
      expect(geoEntry(iso3)).not.toBeNull()
    expect(geoLookup('El Fasher').some((e) => e.adm1 === 'SD-DN')).toBe(true)
  })

  it('maps every division code back to its country (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...divisions), (d) => {
        const country = geoEntry(d.country)
        expect(country?.kind).toBe('country')
        expect(d.id).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)
        // The code's ISO2 prefix is its country's, and looking the division up by name finds it again.
        expect(d.id.slice(0, 2)).toBe(countryIso2(d.country))
        expect(geoLookup(d.name)).toContain(d)
      }),
      { numRuns: 500 },
    )
    for (const d of divisions) expect(geoEntry(d.country)?.kind, d.id).toBe('country')
    expect(PRECISIONS).toContain('district')
  })
})
