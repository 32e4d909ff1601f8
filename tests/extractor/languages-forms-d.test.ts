// The fr/es/ar reader on wordings of agency and humanitarian prose: inflected verbs read through the
// lexicons' inflection classes, tallies whose noun stands far from the figure, coordinated figures that
// share one verb, and Arabic number forms (construct duals, a half, a joiner glued to a word).

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const read = (language: string, text: string) =>
  extractClaims(text, { language, published: '2024-05-01' }).map((c) => `${c.metric} ${c.low}`)

describe('fr/es/ar reader: wordings of other writers', () => {
  it('reads verbs through their inflection class', () => {
    expect(read('fr', 'Quatre gendarmes ont succombé à leurs blessures.')).toEqual(['killed 4'])
    expect(read('fr', 'Neuf écoles ont dû fermer à cause des combats.')).toEqual(['facilities 9'])
    expect(read('es', 'Unas 900 familias se desplazaron hacia la cabecera municipal.')).toEqual([
      'displaced 900',
    ])
    expect(read('es', 'Los ataques han matado a 45 personas.')).toEqual(['killed 45'])
    expect(read('ar', 'أجلت السلطات 3 آلاف شخص من المناطق المنخفضة.')).toEqual(['displaced 3000'])
  })

  it('reaches a tally noun through its verb', () => {
    expect(read('es', 'La cifra de muertos por el deslave en la sierra de Oaxaca asciende a 31.')).toEqual([
      'killed 31',
    ])
    expect(read('ar', 'ارتفع عدد القتلى جراء القصف على المدينة إلى 64، والجرحى إلى 210.')).toEqual([
      'killed 64',
      'injured 210',
    ])
  })

  it('lets coordinated figures share a verb', () => {
    expect(read('fr', 'Cinq gendarmes et deux civils ont péri dans l’embuscade.')).toEqual([
      'killed 5',
      'killed 2',
    ])
    expect(read('fr', 'Ont été tués 9 soldats et 4 supplétifs.')).toEqual(['killed 9', 'killed 4'])
    expect(read('ar', 'دمرت الغارات 80 منزلا بشكل كامل و6 مدارس.')).toEqual(['homes 80', 'facilities 6'])
  })

  it('reads Arabic construct duals, halves and glued joiners', () => {
    expect(read('ar', 'نزحت نحو ألفي عائلة من القرى.')).toEqual(['displaced 2000'])
    expect(read('ar', 'لجأ نحو مليون ومئتي ألف نازح إلى المدارس.')).toEqual(['displaced 1200000'])
    expect(read('ar', 'تضرر نحو مليون ونصف شخص من السيول.')).toEqual(['affected 1500000'])
  })

  it('does not count villages, years or percentages', () => {
    expect(read('ar', 'تضررت 14 قرية في عام 2023 بنسبة 30 بالمئة.')).toEqual([])
    expect(read('fr', 'Douze villages ont été touchés en 2022.')).toEqual([])
  })
})
