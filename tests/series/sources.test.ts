import { describe, expect, it } from 'vitest'
import { demonymCountry, lookupPlace } from '../../api/extractor/gazetteer/index.ts'
import { checkAliasTable, normaliseSource, type SourceEntry } from '../../api/series/sources.ts'
import { STARTER_SOURCES } from '../../api/series/starter-sources.ts'
import { eachMapsTo } from '../helpers/cases.ts'

const key = (raw: string | null) => normaliseSource(raw, STARTER_SOURCES)?.key ?? null

describe('starter alias table', () => {
  it('is large and consistent: unique keys, no alias claimed twice', () => {
    expect(STARTER_SOURCES.length).toBeGreaterThanOrEqual(60)
    expect(checkAliasTable(STARTER_SOURCES)).toEqual([])
  })

  it('resolves every entry by its own name and each alias to itself', () => {
    for (const e of STARTER_SOURCES) {
      for (const a of [e.name, ...e.aliases]) expect(key(a), `${a}`).toBe(e.key)
    }
  })

  it('reports an alias claimed by two organisations', () => {
    const bad: SourceEntry[] = [
      { key: 'a', name: 'Alpha', kind: 'ngo', country: null, aliases: ['The Group'] },
      { key: 'b', name: 'Beta', kind: 'ngo', country: null, aliases: ['group'] },
    ]
    expect(checkAliasTable(bad)).toEqual(['alias "group" is claimed by a and b'])
  })
})

describe('normaliseSource', () => {
  eachMapsTo(key, [
    // the seeds' attributions
    ["Turkey's Defense Ministry", 'ministry:defence:TUR'],
    ['Russian Reconciliation Center', 'russia-reconciliation-centre'],
    ['UN', 'un'],
    ['World Health Organization', 'who'],
    ['Syrian Observatory for Human Rights', 'sohr'],
    // UN
    ['U.N.', 'un'],
    ['United Nations', 'un'],
    ['the United Nations', 'un'],
    ['the U.N.', 'un'],
    ['UN officials', 'un'],
    ['a spokesman for the UN refugee agency', 'unhcr'],
    ['UNHCR spokesman Andrej Mahecic', 'unhcr'],
    ["the UN's OCHA", 'ocha'],
    ['WHO', 'who'],
    ['World Health Organisation', 'who'],
    ["the UN children's agency", 'unicef'],
    // the Observatory
    ['the Observatory', 'sohr'],
    ['SOHR', 'sohr'],
    ['Syrian Observatory for Human Rights (SOHR)', 'sohr'],
    ['a Britain-based war monitor', 'sohr'],
    ['Britain-based war monitor', 'sohr'],
    ['the Britain-based Syrian Observatory for Human Rights', 'sohr'],
    ['Syrian Observatory director Rami Abdel Rahman', 'sohr'],
    // ministries, from the table or from the generic pattern
    ['Turkish Defence Ministry', 'ministry:defence:TUR'],
    ['the Turkish defense ministry', 'ministry:defence:TUR'],
    ['Turkey’s Ministry of National Defence', 'ministry:defence:TUR'],
    ['Turkish Defence Minister Hulusi Akar', 'ministry:defence:TUR'],
    ['Ministry of Defence of the Russian Federation', 'ministry:defence:RUS'],
    ['Russian Defense Ministry', 'ministry:defence:RUS'],
    ["Ukraine's Ministry of Internal Affairs", 'ministry:interior:UKR'],
    ['Gaza health ministry', 'ministry:health:PSE'],
    ['the Hamas-run health ministry', 'ministry:health:PSE'],
    ['Ministry of Health (Gaza)', 'ministry:health:PSE'],
    ['the health ministry in Gaza', 'ministry:health:PSE'],
    ["Sudan's health ministry", 'ministry:health:SDN'],
    ['Iraqi Health Ministry spokesman', 'ministry:health:IRQ'],
    ['Nigerian Ministry of Agriculture', 'ministry:agriculture:NGA'],
    ['Turkish officials', 'government:TUR'],
    ['Israeli army', 'military:ISR'],
    ['Russian military', 'military:RUS'],
    // others
    ['Doctors Without Borders', 'msf'],
    ['Médecins Sans Frontières', 'msf'],
    ["Sudan Doctors' Network", 'sudan-doctors-network'],
    ['Central Committee of Sudan Doctors', 'ccsd'],
    ['NDMA', 'ndma:PAK'],
    ["Turkey's AFAD", 'afad'],
    ['NDRRMC', 'ndrrmc'],
    ['Armed Conflict Location & Event Data Project', 'acled'],
    ['the Red Cross', 'icrc'],
  ])

  it('gives unknown names a stable slug and keeps the name as written', () => {
    const a = normaliseSource('Mevlut Cavusoglu', STARTER_SOURCES)
    expect(a).toEqual({
      key: 'slug:mevlut-cavusoglu',
      name: 'Mevlut Cavusoglu',
      kind: 'other',
      country: null,
      via: 'slug',
    })
    expect(key('the Kashmir Relief Trust')).toBe(key('Kashmir relief trust.'))
  })

  it('returns null for no attribution', () => {
    expect(key(null)).toBeNull()
    expect(key('  ')).toBeNull()
  })

  it('names a generic ministry after its country', () => {
    expect(normaliseSource('Iraqi health ministry', STARTER_SOURCES)).toEqual({
      key: 'ministry:health:IRQ',
      name: 'Ministry of Health (Iraq)',
      kind: 'health',
      country: 'IRQ',
      via: 'pattern',
    })
  })

  it('uses a context country only when the ministry names none, and only when asked', () => {
    expect(key('the health ministry')).toBe('slug:health-ministry')
    const ctx = (raw: string) => normaliseSource(raw, STARTER_SOURCES, { contextCountry: 'LBN' })?.key
    expect(ctx('the health ministry')).toBe('ministry:health:LBN')
    expect(ctx('the Iraqi health ministry')).toBe('ministry:health:IRQ')
  })

  it('takes countries from a caller lookup such as the gazetteer', () => {
    const gazetteer = (w: string) =>
      w.toLowerCase() === 'atlantean'
        ? 'ATL'
        : (demonymCountry(w) ?? (lookupPlace(w)?.kind === 'country' ? lookupPlace(w)!.country : null))
    const withGazetteer = (raw: string) => normaliseSource(raw, STARTER_SOURCES, { country: gazetteer })?.key
    // Not in the built-in fallback table (the gazetteer's countries).
    expect(key('Atlantean health ministry')).toBe('slug:atlantean-health-ministry')
    expect(withGazetteer('Atlantean health ministry')).toBe('ministry:health:ATL')
    expect(key('Malawian health ministry')).toBe('ministry:health:MWI')
    expect(withGazetteer("Turkey's Defense Ministry")).toBe('ministry:defence:TUR')
  })
})
