// Issue 12 (smaller things): one organisation under its different spellings, one person in one group.
import { describe, expect, it } from 'vitest'
import { demonymCountry } from '../../api/extractor/gazetteer/index.ts'
import { normaliseGroup } from '../../api/series/groups.ts'
import { normaliseSource } from '../../api/series/sources.ts'
import { STARTER_SOURCES } from '../../api/series/starter-sources.ts'
import { bagKey, matchKey } from '../../api/series/text.ts'

const source = (raw: string) => normaliseSource(raw, STARTER_SOURCES)?.key

describe('source spellings', () => {
  it.each([
    'Russian Reconciliation Center for Syria',
    'Russian Reconciliation Center in Syria',
    'Russian Centre for Reconciliation in Syria',
    'Russian Center for the Reconciliation of Opposing Sides',
    'Reconciliation Center, Russian',
  ])('"%s" is the Russian Centre for Reconciliation', (raw) => {
    expect(source(raw)).toBe('russia-reconciliation-centre')
  })

  it('Center/Centre and word order are one bag; different words are not', () => {
    expect(bagKey(matchKey('World Health Organization'))).toBe(bagKey(matchKey('Organisation, World Health')))
    expect(bagKey(matchKey('Health Ministry'))).not.toBe(bagKey(matchKey('Health Centre')))
    // Where a body works is not part of its name, but another body stays another body.
    expect(source('UNICEF in Yemen')).toBe(source('UNICEF'))
    expect(source('Syrian Centre for Justice')).not.toBe('russia-reconciliation-centre')
  })
})

describe('groups read with their sentence', () => {
  const opts = (sentence: string) => ({ demonym: demonymCountry, country: 'SYR', sentence })
  it('"a Turkish civilian who worked for the military" is civilian military staff, like "civilian member"', () => {
    const worked = normaliseGroup(
      'turkish civilian',
      opts(
        'The clash killed seven Turkish soldiers, as well as a Turkish civilian who worked for the military.',
      ),
    )
    const member = normaliseGroup(
      'turkish civilian member of the military',
      opts('It killed seven Turkish soldiers and a Turkish civilian member of the military.'),
    )
    expect(worked.key).toBe('military-civilians:TUR')
    expect(worked).toEqual(member)
  })

  it('other civilians stay civilians', () => {
    expect(
      normaliseGroup('civilians', opts('Shelling killed 12 civilians who fled the army advance.')).key,
    ).toBe('civilians')
    expect(
      normaliseGroup('turkish civilian', opts('A Turkish civilian was killed in the shelling.')).key,
    ).toBe('civilians:TUR')
  })
})
