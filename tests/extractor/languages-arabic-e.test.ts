// The Arabic reader on agency-length wire copy (session 15): where a source's name starts and ends (ل glued
// after "وفقا" or a document, "نقلت … عن", "أطباء بلا حدود", a noun that only looks like a verb), which
// figures a verb-first attribution covers, and figures that are not counts (adjectives, percentages,
// patients) or are counted by forms the lexicon did not know (duals before a verb, "عبر", "منهم").

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const claims = (text: string) => extractClaims(text, { language: 'ar', published: '2024-05-01' })
const read = (text: string) => claims(text).map((c) => `${c.metric} ${c.low}`)
const sources = (text: string) => claims(text).map((c) => c.source)

describe('Arabic reader: sources in wire copy', () => {
  it('drops the preposition glued to a name after وفقا or a document', () => {
    expect(sources('ووفقا لمفوضية اللاجئين، عبر 900 شخص الحدود.')).toEqual(['مفوضية اللاجئين'])
    expect(sources('وأفاد بيان لقيادة الشرطة بأن 12 شخصا اعتقلوا.')).toEqual(['قيادة الشرطة'])
    expect(sources('وبحسب تقديرات منظمة الفاو، نزح 40 ألف شخص.')).toEqual(['منظمة الفاو'])
  })

  it('reads the cited source, not the outlet that cites it', () => {
    expect(sources('قتل 7 أشخاص، حسبما نقلت إذاعة محلية عن شهود عيان.')).toEqual(['شهود عيان'])
    expect(sources('ونقلت صحيفة محلية عن مصدر طبي في المستشفى أن 8 أشخاص قتلوا.')).toEqual([
      'مصدر طبي في المستشفى',
    ])
  })

  it('keeps whole names that hold ordinary words', () => {
    expect(sources('قالت منظمة مراسلون بلا حدود إن 5 صحفيين قتلوا.')).toEqual(['منظمة مراسلون بلا حدود'])
    expect(sources('وقال مدير مستشفى شهداء الحرم إن 6 جرحى وصلوا.')).toEqual(['مدير مستشفى شهداء الحرم'])
    expect(sources('أعلن المكتب التابع لوزارة الداخلية اعتقال 30 شخصا.')).toEqual([
      'المكتب التابع لوزارة الداخلية',
    ])
  })

  it('points back with a word owned by a pronoun', () => {
    expect(sources('قالت الوكالة إن 3 أشخاص قتلوا. وسجلت فرقها نزوح 70 عائلة.')).toEqual([
      'الوكالة',
      'الوكالة',
    ])
  })

  it('gives a verb-first source only the figures after it', () => {
    expect(sources('نزح 500 شخص إلى المدينة، وقالت البلدية إن 20 منهم أطفال.')[0]).toBeNull()
  })
})

describe('Arabic reader: counts and non-counts', () => {
  it('does not count adjectives, percentages or patients', () => {
    expect(read('نزحت العائلات خلال الأيام الخمسة الماضية.')).toEqual([])
    expect(read('وقال إن ٦٠٪ من السكان غادروا.')).toEqual([])
    expect(read('قالت المنظمة إن عدد المصابين بالحصبة تجاوز 900.')).toEqual([])
  })

  it('reads a tally and the item glued to it with و apart', () => {
    expect(read('بلغ عدد الوفيات في الإقليم 230 والمصابين 410.')).toEqual(['killed 230', 'injured 410'])
  })

  it('marks a forecast governed by a verb earlier in the clause', () => {
    const [c] = claims('ويتوقع المكتب أن يرتفع عدد النازحين إلى 80 ألف شخص.')
    expect(c?.projected).toBe(true)
  })

  it('counts a part of the figure of the sentence before', () => {
    expect(read('قالت الشبكة إن 60 شخصا قتلوا. وأضافت أن بينهم 15 طفلا.')).toEqual(['killed 60', 'killed 15'])
  })

  it('reads duals before their verb, the verb عبر, and "of them"', () => {
    expect(read('وأفاد المصدر بأن شقيقين قتلا في القصف.')).toEqual(['killed 2'])
    expect(read('عبر 1200 شخص الحدود إلى تشاد.')).toEqual(['refugees 1200'])
    expect(read('وصلت المساعدات عبر 3 معابر.')).toEqual([])
    expect(read('نزح 9000 شخص، يقيم 4000 منهم في المدارس.')).toEqual(['displaced 9000', 'displaced 4000'])
    expect(read('وقال إن 40 شخصا ما زالوا تحت الأنقاض، وأنقذت الفرق 6 أشخاص من تحت الأنقاض.')).toEqual([
      'missing 40',
    ])
  })
})
