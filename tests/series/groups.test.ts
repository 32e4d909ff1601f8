import { describe, expect, it } from 'vitest'
import { demonymCountry } from '../../api/extractor/gazetteer/index.ts'
import { normaliseGroup } from '../../api/series/groups.ts'
import { eachMapsTo } from '../helpers/cases.ts'

const key = (who: string) => normaliseGroup(who).key

describe('normaliseGroup', () => {
  eachMapsTo(key, [
    ['civilians', 'civilians'],
    ['other civilians', 'civilians'],
    ['children', 'children'],
    ['kids', 'children'],
    ['minors', 'children'],
    ['children under five', 'children'],
    ['people', 'people'],
    ['human beings', 'people'],
    ['persons', 'people'],
    ['residents', 'people'],
    ['displaced people', 'people'],
    ['health facilities', 'health-facilities'],
    ['hospitals', 'health-facilities'],
    ['families', 'households'],
    ['households', 'households'],
    ['houses', 'homes'],
    ['soldiers', 'soldiers'],
    ['turkish soldiers', 'soldiers:TUR'],
    ['Turkish troops', 'soldiers:TUR'],
    ['syrian soldiers', 'soldiers:SYR'],
    ['turkish civilian member of the military', 'military-civilians:TUR'],
    ['women and children', 'children+women'],
    ['syrians', 'people:SYR'],
    ['', 'people'],
  ])

  it('labels nationalities with their adjective', () => {
    expect(normaliseGroup('turkish soldiers')).toEqual({
      key: 'soldiers:TUR',
      label: 'Turkish soldiers',
      country: 'TUR',
    })
  })

  it('drops the nationality of non-combatants in their own country, never of soldiers', () => {
    expect(normaliseGroup('syrian civilians', { country: 'SYR' }).key).toBe('civilians')
    expect(normaliseGroup('syrian civilians', { country: 'TUR' }).key).toBe('civilians:SYR')
    expect(normaliseGroup('syrian soldiers', { country: 'SYR' }).key).toBe('soldiers:SYR')
  })

  it('uses the caller demonym lookup, falling back to the built-in table', () => {
    // Unknown to the fallback table: the head noun still decides the group, the nationality is lost.
    expect(key('atlantean soldiers')).toBe('soldiers')
    const atlantis = (w: string) => (w.toLowerCase() === 'atlantean' ? 'ATL' : demonymCountry(w))
    expect(normaliseGroup('atlantean soldiers', { demonym: atlantis }).key).toBe('soldiers:ATL')
    // The built-in table is the gazetteer's list of countries.
    expect(key('malawian soldiers')).toBe('soldiers:MWI')
    expect(normaliseGroup('turkish soldiers', { demonym: () => null }).key).toBe('soldiers:TUR')
  })

  it('keeps unknown groups apart under a slug', () => {
    expect(normaliseGroup('election observers')).toEqual({
      key: 'slug:election-observers',
      label: 'election observers',
      country: null,
    })
  })
})
