// The fr/es reader on who speaks in agency copy (session 16, set fr-g): a headline repeating a figure the
// body credits (left unattributed), a place spoken in before the speaker, a first-person owner inside a quotation, an outlet
// citing its source, bodies named before they speak, a person set off by commas after a title, a body
// serving a country, a document with an adjective, and damage verbs.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const read = (language: string, text: string) =>
  extractClaims(text, { language, published: '2026-05-01' }).map((c) => `${c.metric} ${c.low} | ${c.source}`)

describe('fr/es reader: who speaks (fr-g)', () => {
  it('leaves a headline that repeats a body figure unattributed (blind sets label it so)', () => {
    expect(
      read(
        'fr',
        'Niger : 14 morts dans une attaque près de Tillabéri. Des assaillants ont tué 14 villageois, a indiqué le gouverneur de la région.',
      ),
    ).toEqual(['killed 14 | null', 'killed 14 | gouverneur de la région'])
  })

  it('reads the speaker after the city spoken in', () => {
    expect(
      read('fr', 'Au moins 300 civils ont été tués, a indiqué à Genève Marta Hurtado, porte-parole du HCDH.'),
    ).toEqual(['killed 300 | porte-parole du HCDH'])
  })

  it('gives a first-person owner in a quotation to the speaker of the quotation', () => {
    expect(read('fr', "« Nos équipes ont recensé 22 décès », a déclaré l'ONG Alerte Santé.")).toEqual([
      'killed 22 | ONG Alerte Santé',
    ])
    // Outside a quotation, the outlet's own "notre correspondant" stays.
    expect(read('fr', 'Selon notre correspondant, 12 personnes ont été tuées.')).toEqual([
      'killed 12 | notre correspondant',
    ])
  })

  it('reads the source an outlet cites after a comma', () => {
    expect(
      read('fr', 'Dix civils ont été tués, rapporte la radio Mandeleo, citant des sources locales.'),
    ).toEqual(['killed 10 | sources locales'])
  })

  it('resolves "l\'ONG" to a body named earlier that was not yet a source', () => {
    expect(
      read(
        'fr',
        "À Kalemie, les équipes de Médecins du monde ont soigné 45 blessés. Au moins 6 patients sont morts, a précisé l'ONG.",
      ),
    ).toEqual(['injured 45 | Médecins du monde', 'killed 6 | Médecins du monde'])
    // An accused party in brackets is no antecedent.
    expect(
      read(
        'es',
        'Murieron 9 personas, denunció la Red de Salud, que acusó a las Fuerzas Armadas Rebeldes (FAR). Según la organización, hay 20 heridos.',
      ),
    ).toEqual(['killed 9 | Red de Salud', 'injured 20 | Red de Salud'])
  })

  it('reads the person set off by commas when the title before them is cut short', () => {
    expect(
      read('fr', "Le chef de l'armée dans le secteur, le colonel Paul Ndima, a fait état de 8 morts."),
    ).toEqual(['killed 8 | Paul Ndima'])
  })

  it('keeps the country a body serves and steps over a document adjective', () => {
    expect(read('fr', "La Mission de l'ONU en Centrafrique (Minusca) a annoncé 5 morts.")).toEqual([
      "killed 5 | Mission de l'ONU en Centrafrique",
    ])
    expect(
      read('fr', 'Selon un rapport préliminaire de la Protection civile, 7 personnes ont péri.'),
    ).toEqual(['killed 7 | Protection civile'])
  })

  it('reads burnt homes and people still searched for', () => {
    expect(read('fr', 'Une quarantaine de cases ont été brûlées.')).toEqual(['homes 40 | null'])
    expect(read('fr', 'Une dizaine de pêcheurs sont toujours recherchés.')).toEqual(['missing 10 | null'])
  })
})
