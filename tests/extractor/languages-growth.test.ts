// The French, Spanish and Arabic reader stays linear in the length of its input, whatever the input:
// one endless sentence full of figures, attributions and places included.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const ADVERSARIAL: [string, string, string][] = [
  [
    'fr',
    'figures, sources and places in one sentence',
    'selon le HCR 12 morts à Goma, 1 500 déplacés à Gao ',
  ],
  ['fr', 'qualifiers and ranges without numbers', 'au moins entre plus de près de des dizaines de '],
  ['es', 'number words and joiners', 'cincuenta y dos y mil y un millón y medio y '],
  ['ar', 'clitics, digits and places', 'وقتل 12 مدنيا في إدلب بحسب المرصد و٤٥٬٠٠٠ نازح '],
  // Sources carried from sentence to sentence, and the same words run on without a stop.
  [
    'fr',
    'sources carried by "a-t-il ajouté" and "la même source"',
    "12 morts, a indiqué à l'AFP un élu. 5 blessés, a-t-il ajouté. Selon la même source, 3 disparus. ",
  ],
  [
    'es',
    'relays, titles and carried sources without a stop',
    'dijo a EFE el portavoz de la Policía, Juan Pérez, 12 muertos, añadió, según la misma fuente, 4 heridos ',
  ],
  [
    'ar',
    'carried sources',
    'قال مسؤول في وزارة الصحة لوكالة الأناضول إن 12 شخصا قتلوا. وأضاف المصدر ذاته أن 5 أصيبوا. ',
  ],
]

function time(text: string, language: string): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now()
    extractClaims(text, { language })
    best = Math.min(best, performance.now() - t0)
  }
  return best
}

describe('language reader: linear growth', () => {
  for (const [language, name, unit] of ADVERSARIAL) {
    it(`${language}, ${name}: 4x the input takes well under 10x the time`, { timeout: 60_000 }, () => {
      const small = unit.repeat(Math.ceil(100_000 / unit.length))
      const large = unit.repeat(Math.ceil(400_000 / unit.length))
      time(small, language) // warm up
      const ts = Math.max(time(small, language), 1)
      const tl = time(large, language)
      expect(tl / ts).toBeLessThan(10)
    })
  }
})
