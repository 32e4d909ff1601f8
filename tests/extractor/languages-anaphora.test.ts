// A source written as a generic noun, a title or a surname is the name given earlier (lang/anaphora.ts):
// "l'organisation" after the OMS, "el organismo" after the Defensa Civil, "الوزير" after the minister named
// in full, "Bernabé" after "Pilar Bernabé". Nothing earlier of that kind: the words stay as written.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const sources = (language: string, text: string) =>
  extractClaims(text, { language, published: '2024-05-01' }).map((c) => c.source)

describe('anaphoric sources resolved to the name given earlier', () => {
  it('French: a body noun takes the last body, a title the last official with it', () => {
    expect(
      sources(
        'fr',
        "Selon l'OMS, 12 personnes ont été tuées à Kassala. L'organisation a ajouté que 30 ont été blessées.",
      ),
    ).toEqual(['OMS', 'OMS'])
    expect(
      sources(
        'fr',
        'Au moins 14 morts ont été recensés, a déclaré le ministre de la Santé. Le ministre a précisé que 40 personnes ont été blessées.',
      ),
    ).toEqual(['ministre de la Santé', 'ministre de la Santé'])
  })

  it('French: "le ministère" wants a ministry, not any body', () => {
    expect(sources('fr', "Selon l'OCHA, 300 familles ont fui. Le ministère a signalé 4 morts.")).toEqual([
      'OCHA',
      'ministère',
    ])
  })

  it('Spanish: a body noun and a bare surname', () => {
    expect(
      sources(
        'es',
        'La Defensa Civil reportó 20 muertos en Canoas. Según el organismo, 7 personas siguen desaparecidas.',
      ),
    ).toEqual(['Defensa Civil', 'Defensa Civil'])
    expect(
      sources(
        'es',
        'Hay 31 desaparecidos, informó la delegada del Gobierno, Marta Ruiz. Otras 12 personas resultaron heridas, precisó Ruiz.',
      ),
    ).toEqual(['delegada del Gobierno', 'delegada del Gobierno'])
  })

  it('Arabic: a body on the same noun, a title, a surname', () => {
    expect(
      sources('ar', 'قالت وزارة الصحة في غزة إن 20 شخصا قتلوا. وأضافت الوزارة أن 45 آخرين أصيبوا.'),
    ).toEqual(['وزارة الصحة في غزة', 'وزارة الصحة في غزة'])
    expect(
      sources('ar', 'قال وزير الداخلية سامي النجار إن 8 أشخاص قتلوا. وأوضح الوزير أن 15 أصيبوا.'),
    ).toEqual(['وزير الداخلية سامي النجار', 'وزير الداخلية سامي النجار'])
    expect(
      sources('ar', 'قال وزير الداخلية سامي النجار إن 8 أشخاص قتلوا. وقال النجار إن 15 أصيبوا.'),
    ).toEqual(['وزير الداخلية سامي النجار', 'وزير الداخلية سامي النجار'])
  })

  it('Arabic: an adjective picks among the bodies on the noun; a feminine وأضافت after a citing body', () => {
    expect(
      sources(
        'ar',
        'قالت وزارة الصحة العراقية إن 9 أشخاص قتلوا. وأدانت وزارة الخارجية الهجوم. وكانت الوزارة العراقية قد أعلنت أن 30 أصيبوا.',
      ),
    ).toEqual(['وزارة الصحة العراقية', 'وزارة الصحة العراقية'])
    expect(
      sources(
        'ar',
        'قالت منظمة الهجرة الدولية إن 40 مهاجرا غرقوا. ونقلت المنظمة عن ناجين قولهم إن 70 كانوا على متن القارب. وأضافت أن 12 ما زالوا مفقودين.',
      ).at(-1),
    ).toBe('منظمة الهجرة الدولية')
  })

  it('keeps the words when nothing earlier fits', () => {
    expect(sources('fr', 'Treize civils ont été tués à Béni, a déclaré le maire.')).toEqual(['maire'])
    // A plural article names a kind of speaker, not the body named before.
    expect(
      sources(
        'fr',
        "Selon l'OCHA, 300 familles ont fui. Au moins 40 civils ont été tués, selon des ONG locales.",
      ),
    ).toEqual(['OCHA', 'ONG locales'])
    expect(sources('ar', 'قالت منظمة الصحة العالمية إن 12 شخصا قتلوا. وقالت المفوضية إن 300 نزحوا.')).toEqual(
      ['منظمة الصحة العالمية', 'المفوضية'],
    )
  })
})
