// Who a report's figures come from when its layout says it (session 16, reports-r): an issuer set off as a part
// of the title, a report "of" a body in French, Spanish and Arabic, credit lines after marks or with a longer
// lead, a place after the credited body, breakdowns that name no body, and section headings with a credit.
// Texts written for this test.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const sources = (text: string, language?: string) =>
  extractClaims(text, { published: '2025-05-04', language }).map((c) => [c.low, c.source])

describe('an issuer set off as a part of the title', () => {
  it('reads an acronym before the report kind, after a dash', () => {
    const text = 'KENYA: Floods — NDOC daily brief, 3 May 2025\nDeaths: 12\nPeople displaced: 4,300'
    expect(sources(text)).toEqual([
      [12, 'NDOC'],
      [4300, 'NDOC'],
    ])
  })
  it('reads a body named alone before a dash', () => {
    const text = 'Ministry of Interior — Crisis Cell, cumulative report\nKilled: 5\nInjured: 31'
    expect(sources(text)).toEqual([
      [5, 'Ministry of Interior'],
      [31, 'Ministry of Interior'],
    ])
  })
  it('reads PDF columns run onto one line, parted by spaces', () => {
    const text =
      'MALAWI: Floods  Situation Report 2  UN Resident Coordinator Office  4 March 2025\nDeaths 14\nMissing 3'
    expect(sources(text).map(([, s]) => s)).toEqual([
      'UN Resident Coordinator Office',
      'UN Resident Coordinator Office',
    ])
  })
  it('does not read a headline as a report title', () => {
    const text = 'CABO DELGADO | SECURITY\nRaiders killed 7 people in a village near Macomia.'
    expect(sources(text)).toEqual([[7, null]])
  })
  it('does not take two bodies joined in a part', () => {
    const text =
      'Displacement update — CCCM Cluster / UNHCR PRMN\n• 3,410 people were newly displaced in Bay region.'
    expect(sources(text)).toEqual([[3410, null]])
  })
})

describe('a report of a body (fr, es, ar)', () => {
  it('reads "point de situation de la direction ..."', () => {
    const text =
      'SÉNÉGAL : Inondations – Point de situation de la direction de la Protection civile, 2 septembre 2025\n' +
      'Décès : 6\nMaisons effondrées : 310'
    expect(sources(text, 'fr').map(([, s]) => s)).toEqual([
      'direction de la Protection civile',
      'direction de la Protection civile',
    ])
  })
  it('reads "Boletín No. 22 de la SNGR"', () => {
    const text =
      'ECUADOR: Lluvias – Boletín No. 22 de la SNGR, 14 de marzo de 2025\nFallecidos: 9\nDamnificados: 1.240'
    expect(sources(text, 'es')[0]).toEqual([9, 'SNGR'])
  })
  it('reads the Arabic construct "نشرة الدفاع المدني"', () => {
    const text = 'السودان: السيول – نشرة الدفاع المدني، 3 أغسطس 2025\n• الوفيات: 18\n• المنازل المنهارة: 420'
    expect(sources(text, 'ar').map(([, s]) => s)).toEqual(['الدفاع المدني', 'الدفاع المدني'])
  })
  it('reads a bracketed issuer before the date', () => {
    const text = 'TCHAD : Inondations – Rapport de situation n° 4 (OCHA), 12 octobre 2024\nDécès : 54'
    expect(sources(text, 'fr')).toEqual([[54, 'OCHA']])
  })
})

describe('credit lines', () => {
  it('reads a credit inside markdown marks', () => {
    const text =
      'Flood snapshot\nDeaths: 21\nHouses destroyed: 1,300\n\n*Source: National Disaster Management Office.*'
    expect(sources(text).map(([, s]) => s)).toEqual([
      'National Disaster Management Office',
      'National Disaster Management Office',
    ])
  })
  it('keeps the body when the state it serves follows', () => {
    const text =
      'Cholera and flood deaths by LGA\n\nLGA | Deaths\nDala | 14\nGwale | 9\n\nSource: Ministry of Health, Kano State'
    expect(sources(text).map(([, s]) => s)).toEqual(['Ministry of Health', 'Ministry of Health'])
  })
  it('reads "Source of data:" and "Compiled from X situation reports"', () => {
    expect(sources('Key figures\nDeaths: 40\nSource of data: Philippine Red Cross')).toEqual([
      [40, 'Philippine Red Cross'],
    ])
    const compiled =
      'Storm impact by district\nCompiled from NEMA situation reports\n\nDistrict   Deaths\nLilongwe       11\nZomba           6'
    expect(sources(compiled).map(([, s]) => s)).toEqual(['NEMA', 'NEMA'])
  })
  it('credits each section under its heading', () => {
    const text =
      'Overview, 3 May\n\nCasualties (source: Ministry of Health)\nKilled: 310\n\n' +
      'Displacement (source: Shelter Cluster)\nIn collective centres: 12,400'
    expect(sources(text)).toEqual([
      [310, 'Ministry of Health'],
      [12400, 'Shelter Cluster'],
    ])
  })
})

describe('the issuer against the other credits of a report', () => {
  it("gives the prose after a table the title issuer, not the table's credit line", () => {
    const text =
      'Mali — Displacement Overview, May 2025 (UNHCR)\n\nCercle | IDPs\nMopti | 41,000\nBandiagara | 18,500\n' +
      'Source: Regional Directorate for Social Development\n\nMore than 400,000 people are displaced across the country.'
    expect(sources(text).map(([, s]) => s)).toEqual([
      'Regional Directorate for Social Development',
      'Regional Directorate for Social Development',
      'UNHCR',
    ])
  })
  it('takes the body on the letterhead line that names the report', () => {
    const text =
      'Republic of Mozambique\nMinistry of State Administration\nNational Institute for Disaster Management — Press Release\n\n' +
      'The cyclone killed 14 people and destroyed 2,300 houses in Nampula.'
    expect(sources(text).map(([, s]) => s)).toEqual([
      'National Institute for Disaster Management',
      'National Institute for Disaster Management',
    ])
  })
})
