// Property (languages): a number written in any of the forms French, Spanish, Arabic and English news use, in a
// sentence with a trigger, comes back with its exact value, never a part of itself ("1 500" is not 500).

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'
import { readsTable } from '../helpers/claims.ts'

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
})

// Numbers written with words, a text each holding one figure whose value alone is read: data, one case a line.
readsTable(new URL('cases/number-forms-languages.jsonl', import.meta.url))
