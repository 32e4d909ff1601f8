// Property (languages): a number written in any of the forms French, Spanish, Arabic and English news use, in a
// sentence with a trigger, comes back with its exact value, never a part of itself ("1 500" is not 500).

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

function grouped(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
}

const inScript = (s: string, zero: number) => s.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)))
const ARABIC_INDIC = 0x660
const EASTERN = 0x6f0

const values = fc.integer({ min: 1, max: 9_999_999 })

interface Form {
  name: string
  language: string
  /** A sentence holding n, or null when this form cannot write n. */
  write: (n: number) => string | null
}

const FORMS: Form[] = [
  {
    name: 'French, spaces',
    language: 'fr',
    write: (n) => `Au moins ${grouped(n, ' ')} personnes ont été tuées.`,
  },
  {
    name: 'French, no-break spaces',
    language: 'fr',
    write: (n) => `Selon l'ONU, ${grouped(n, '\u00a0')} civils ont fui leurs foyers.`,
  },
  {
    name: 'French, narrow no-break spaces',
    language: 'fr',
    write: (n) => `Quelque ${grouped(n, '\u202f')} personnes ont été déplacées, selon le HCR.`,
  },
  {
    name: 'Spanish, dots',
    language: 'es',
    write: (n) => `Al menos ${grouped(n, '.')} personas murieron en el ataque.`,
  },
  {
    name: 'Spanish, "5 mil 420"',
    language: 'es',
    write: (n) =>
      n >= 1000 && n < 1_000_000 && n % 1000 !== 0
        ? `Unas ${Math.floor(n / 1000)} mil ${n % 1000} personas fueron desplazadas.`
        : null,
  },
  {
    name: 'Arabic, Arabic-Indic digits',
    language: 'ar',
    write: (n) => `قتل ${inScript(String(n), ARABIC_INDIC)} شخصا في القصف.`,
  },
  {
    name: 'Arabic, Arabic-Indic with ٬',
    language: 'ar',
    write: (n) => `نزح ${inScript(grouped(n, '\u066c'), ARABIC_INDIC)} شخص من المدينة.`,
  },
  {
    name: 'Arabic, Eastern digits',
    language: 'ar',
    write: (n) => `أصيب ${inScript(String(n), EASTERN)} شخصا بجروح.`,
  },
  {
    name: 'Arabic, "12 ألفا و300"',
    language: 'ar',
    write: (n) =>
      n >= 11_000 && n < 1_000_000 && n % 1000 !== 0
        ? `نزح أكثر من ${Math.floor(n / 1000)} ألفا و${n % 1000} شخص.`
        : null,
  },
  {
    name: 'English, no-break spaces',
    language: 'en',
    write: (n) => `The floods destroyed ${grouped(n, '\u00a0')} houses in the district, officials said.`,
  },
  {
    name: 'English, spaces',
    language: 'en',
    write: (n) => `At least ${grouped(n, ' ')} people were killed.`,
  },
]

describe('number forms across languages', () => {
  for (const form of FORMS) {
    it(`${form.name}: the exact value, never a part of it`, () => {
      fc.assert(
        fc.property(values, (n) => {
          const text = form.write(n)
          if (text === null) return
          const claims = extractClaims(text, { published: '2024-05-01', language: form.language })
          expect(claims.map((c) => c.low)).toEqual([n])
          for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote)
        }),
        { numRuns: 150 },
      )
    })
  }

  it.each([
    ['fr', 'Vingt-trois soldats ont été tués.', 23],
    ['fr', 'Quatre-vingt-dix migrants sont portés disparus.', 90],
    ['fr', 'Soixante et onze personnes ont été blessées.', 71],
    ['fr', 'Une trentaine de personnes ont été tuées.', 30],
    ['fr', 'Plusieurs dizaines de personnes ont été enlevées.', 24],
    ['fr', 'Des milliers de civils ont fui.', 2000],
    ['fr', 'Des dizaines de milliers de personnes ont été déplacées.', 20000],
    ['fr', 'Plus de 6,9 millions de personnes sont déplacées.', 6_900_000],
    ['es', 'Un millón y medio de personas se han visto afectadas.', 1_500_000],
    ['es', 'Cincuenta y dos civiles murieron.', 52],
    ['es', 'Decenas de miles de personas fueron desplazadas.', 20000],
    ['es', 'Más de 7,7 millones de personas han sido desplazadas.', 7_700_000],
    ['ar', 'قتل ثلاثة وعشرون جنديا.', 23],
    ['ar', 'وصل ألف و250 لاجئا إلى الحدود.', 1250],
    ['ar', 'اعتقلت السلطات ألفين و500 شخص.', 2500],
    ['ar', 'نزح عشرات الآلاف من المدنيين.', 20000],
    ['ar', 'قتل مئات المدنيين.', 200],
    ['ar', 'أصيب عشرات الأشخاص.', 24],
    ['ar', 'فر آلاف السكان من القرية.', 2000],
    ['ar', 'يتأثر أكثر من 2٫5 مليون شخص.', 2_500_000],
  ])('%s: %s is %d', (language, text, value) => {
    const claims = extractClaims(text, { language })
    expect(claims.map((c) => c.low)).toEqual([value])
  })
})
