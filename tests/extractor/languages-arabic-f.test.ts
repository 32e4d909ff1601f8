// The Arabic reader on copy written by an outside labeller (session 15, ar-f): a document phrase between
// the verb and the subject before it, نقل that carries people rather than cites, a verb of its own before
// "منهم", and nouns that count themselves after "بينهم" or glued by و to the group before.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const claims = (text: string) => extractClaims(text, { language: 'ar', published: '2024-05-01' })
const read = (text: string) => claims(text).map((c) => `${c.metric} ${c.low}`)
const sources = (text: string) => claims(text).map((c) => c.source)

describe('Arabic reader: sources an outside writer uses', () => {
  it('reads the subject before a verb that a document phrase follows', () => {
    expect(sources('لكن السلطات المحلية قدرت في بيان لاحق عدد القتلى بنحو 40 شخصا.')).toEqual([
      'السلطات المحلية',
    ])
  })

  it('does not take who carries the wounded for who speaks', () => {
    expect(sources('وأكد مدير المستشفى أن سيارات الإسعاف نقلت 9 مصابين إلى القسم.')).toEqual([
      'مدير المستشفى',
    ])
  })

  it('sends a feminine وأضافت back to the body that cited people, not to the people', () => {
    expect(sources('ونقلت الهيئة عن شهود قولهم إن 3 أشخاص قتلوا. وأضافت أن 9 آخرين أصيبوا.')).toEqual([
      'شهود',
      'الهيئة',
    ])
  })

  it('credits a body that opens the headline before a colon, not a place', () => {
    expect(sources('الداخلية العراقية: 12 قتيلا في تفجير ببغداد\n\nوقع التفجير مساء.')).toEqual([
      'الداخلية العراقية',
    ])
    expect(sources('غزة: 30 شهيدا في قصف على رفح\n\nوقع القصف فجرا.')).toEqual([null])
  })

  it('knows more speech verbs and relays with the article', () => {
    expect(sources('وبيّنت الهيئة أن 4 من المعتقلين اعتقلوا في الخليل.')).toEqual(['الهيئة'])
    expect(sources('وقال رئيس البلدية للإذاعة المحلية إن 30 منزلا دمرت.')).toEqual(['رئيس البلدية'])
  })
})

describe('Arabic reader: parts and nouns that count themselves', () => {
  it('gives a part its own verb before منهم', () => {
    expect(read('وصل إلى المستشفى 80 جريحا، توفي منهم 6 لاحقا.')).toEqual(['injured 80', 'killed 6'])
  })

  it('counts a noun after بينهم and one glued by و', () => {
    expect(read('قتل 9 أشخاص بينهم مسعف.')).toEqual(['killed 9', 'killed 1'])
    expect(read('واعتقل الجيش 20 شابا، بينهم طفلان.')).toEqual(['detained 20', 'detained 2'])
    expect(read('أسفر القصف عن مقتل رجلين وامرأة.')).toEqual(['killed 2', 'killed 1'])
  })

  it('reads قضوا as killed', () => {
    expect(read('وقال الأهالي إن 5 مدنيين قضوا في الغارة.')).toEqual(['killed 5'])
  })
})
