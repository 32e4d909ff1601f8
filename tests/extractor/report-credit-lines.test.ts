// Who counted a report's figures, read from its layout: credit lines that speak for the section above them,
// footnote marks, a "Source" column, per-metric credits, a "Source:" line over the caption's own hint, and
// names cut before the issue they cite. Each text is written for this file.

import { describe } from 'vitest'
import { eachReads } from '../helpers/claims.ts'

describe('a credit line credits the figures above it, back to the credit line before', () => {
  eachReads(
    ['low', 'source'],
    [
      [
        'Casualties\nDeaths 212\nInjured 540\nSource: Ministry of Health\n\nHousing\nHomes destroyed 3,100\nSource: Shelter Cluster',
        [
          [212, 'Ministry of Health'],
          [540, 'Ministry of Health'],
          [3100, 'Shelter Cluster'],
        ],
      ],
      [
        'a note crediting one metric, then the rest',
        'FLOOD DASHBOARD\n\nDeaths: 61\nDisplaced: 48,000\n\nNote: death toll from the Provincial Health Directorate; other figures from NDMA.',
        [
          [61, 'Provincial Health Directorate'],
          [48000, 'NDMA'],
        ],
      ],
    ],
  )
})

describe('a footnote mark ties a figure to its note', () => {
  eachReads(
    ['low', 'source'],
    [
      [
        'KEY FIGURES\nPeople killed¹: 318\nKidnapped²: 77\n\n¹ Figures from the Protection Cluster.\n² UNMISS human rights division.',
        [
          [318, 'Protection Cluster'],
          [77, 'UNMISS'],
        ],
      ],
      [
        'lettered marks in a table',
        '| Indicator | Figure |\n|---|---|\n| Killed (a) | 17 |\n| Shelters burned (b) | 640 |\n\n(a) Health Cluster partners.\n(b) CCCM Cluster site survey.',
        [
          [17, 'Health Cluster'],
          [640, 'CCCM Cluster'],
        ],
      ],
    ],
  )
})

describe('a table credits its figures from its layout', () => {
  eachReads(
    ['low', 'source'],
    [
      [
        'a Source column credits its own row',
        '| District | Killed | Source |\n|---|---|---|\n| Kalehe | 12 | Health Cluster |\n| Uvira | 5 | local authorities |',
        [
          [12, 'Health Cluster'],
          [5, 'local authorities'],
        ],
      ],
      [
        'a Source line outranks the body the caption names',
        'Figure 1. Refugee arrivals (UNHCR portal view)\n\n| Province | Refugees |\n|---|---|\n| Ouaddai | 41,200 |\n\nSource: Government of Chad',
        [[41200, 'Government of Chad']],
      ],
      [
        'a name stops before the round it cites',
        '| Province | IDPs |\n|---|---|\n| Ituri | 120,400 |\n\nData: IOM DTM Round 9',
        [[120400, 'IOM DTM']],
      ],
      [
        'a caption opening on its spelled-out body gives the acronym',
        'Earthquake: damaged houses by commune\nCivil Protection General Directorate (DGPC), report of 3 May\nCommune      Destroyed    Damaged\nJeremie          1,204      2,310\nCorail             860      1,115',
        [
          [1204, 'DGPC'],
          [2310, 'DGPC'],
          [860, 'DGPC'],
          [1115, 'DGPC'],
        ],
      ],
    ],
  )
})

describe('a body read from a key figure’s own label is not its source', () => {
  eachReads(
    ['low', 'source'],
    [
      ['KEY FIGURES\nKilled by security forces: 640\nSource: AAPP', [[640, 'AAPP']]],
      ['KEY FIGURES\nRefugees recorded in Europe 4.1M (UNHCR)', [[4100000, 'UNHCR']]],
    ],
  )
})
