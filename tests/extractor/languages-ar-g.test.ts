// The Arabic reader's sources (session 16): a body named before it speaks and then called by an epithet, a
// document with adjectives before its issuer, the name Ali against the preposition, "من" and a noun of what
// happened inside a body's name, the official "المسؤول" stands for, and figures that are no counts.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const claims = (text: string) => extractClaims(text, { language: 'ar', published: '2024-05-01' })
const read = (text: string) => claims(text).map((c) => `${c.metric} ${c.low}`)
const sources = (text: string) => claims(text).map((c) => c.source)

describe('Arabic reader: a body named before it speaks', () => {
  it('gives an epithet the body named earlier without speaking', () => {
    expect(
      sources('تدير فرق المنظمة الدولية للهجرة مراكز الإيواء. وبحسب المنظمة الأممية، نزح 40 ألف شخص.'),
    ).toEqual(['المنظمة الدولية للهجرة'])
    expect(sources('قصفت مدرسة تابعة للأونروا، وقتل 12 شخصا، بحسب الوكالة الأممية.')).toEqual(['الأونروا'])
  })

  it('keeps an epithet as written when nothing fits, and a ministry wants a ministry', () => {
    expect(sources('وقال المكتب إن 5 أشخاص قتلوا.')).toEqual(['المكتب'])
    expect(sources('تعمل فرق الهلال الأحمر في المدينة. وقالت الوزارة إن 8 أشخاص قتلوا.')).toEqual(['الوزارة'])
  })

  it('reads "المنظمة غير الحكومية" as one epithet', () => {
    expect(
      sources(
        'قالت منظمة أطباء بلا حدود إن فرقها عالجت 80 جريحا. وذكرت المنظمة غير الحكومية أن 12 منهم توفوا.',
      ),
    ).toEqual(['منظمة أطباء بلا حدود', 'منظمة أطباء بلا حدود'])
  })

  it('gives "المصادر" the sources named before, and "المسؤول" the last official', () => {
    expect(sources('أفادت مصادر أهلية بمقتل 4 أشخاص. وذكرت المصادر أن 9 آخرين أصيبوا.')).toEqual([
      'مصادر أهلية',
      'مصادر أهلية',
    ])
    expect(
      sources('وقال مدير الصحة في تعز إن 6 أشخاص قتلوا. وأشار المسؤول إلى أن 3 أشخاص ما زالوا مفقودين.'),
    ).toEqual(['مدير الصحة في تعز', 'مدير الصحة في تعز'])
  })
})

describe("Arabic reader: a name's edges", () => {
  it('reads the issuer after a document and its adjectives', () => {
    expect(sources('ارتفع عدد القتلى إلى 90، وفق حصيلة أولية لوزارة الداخلية.')).toEqual(['وزارة الداخلية'])
    expect(sources('قتل 14 شخصا، بحسب آخر حصيلة رسمية أصدرتها السلطات المحلية.')).toEqual(['السلطات المحلية'])
    expect(sources('وبحسب الأرقام الرسمية، قتل 80 شخصا.')).toEqual([null])
  })

  it('keeps Ali in a name, and "من" after a body', () => {
    expect(sources('وقال الناطق باسم الشرطة علي حسين إن 7 أشخاص اعتقلوا.')).toEqual([
      'الناطق باسم الشرطة علي حسين',
    ])
    expect(sources('أفاد مصدر من الدفاع المدني في حلب بأن 11 شخصا قتلوا.')).toEqual([
      'مصدر من الدفاع المدني في حلب',
    ])
  })

  it('keeps a noun of what happened in construct with a body, not the figure a source gives', () => {
    expect(sources('وقالت رابطة أهالي المعتقلين إن 300 شخص اعتقلوا.')).toEqual(['رابطة أهالي المعتقلين'])
    expect(sources('أفادت مصادر طبية بمقتل وإصابة 12 شخصا.')).toEqual(['مصادر طبية'])
  })

  it('ends a name at "طلب عدم الكشف" and skips an interview before the relay', () => {
    expect(sources('قال مسؤول محلي طلب عدم الكشف عن اسمه إن 9 أشخاص قتلوا.')).toEqual(['مسؤول محلي'])
    expect(sources('وقال محافظ المدينة في حديث لقناة محلية إن 20 أسرة نزحت.')).toEqual(['محافظ المدينة'])
  })
})

describe('Arabic reader: counts', () => {
  it('reads "killed or injured" as one casualties figure', () => {
    expect(read('وقالت اللجنة إن 25 طفلا قتلوا أو أصيبوا.')).toEqual(['casualties 25'])
  })

  it('does not count a year after a month', () => {
    expect(read('وقالت الوزارة إن عدد القتلى منذ السابع من أكتوبر 2023 بلغ 415 قتيلا.')).toEqual([
      'killed 415',
    ])
  })

  it('reads a noun glued to و as the next part of a list of parts', () => {
    expect(read('قتل 12 شخصا، بينهم 3 أطفال وامرأتين.')).toEqual(['killed 12', 'killed 3', 'killed 2'])
    expect(read('اعتقلت القوات 20 شخصا، بينهم 5 طلاب وسيدة.')).toEqual([
      'detained 20',
      'detained 5',
      'detained 1',
    ])
  })

  it('counts homes the water flooded', () => {
    expect(read('وغمرت المياه 230 منزلا في القرية.')).toEqual(['homes 230'])
  })
})
