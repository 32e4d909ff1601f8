// The fr/es reader on agency-length copy (session 15, sets fr-e/es-e): where a source's name starts and
// ends, parts of a figure listed in the next sentence, a sentence that credits the toll before it, and
// figures that are not counts of people.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const claims = (language: string, text: string) => extractClaims(text, { language, published: '2024-05-01' })
const read = (language: string, text: string) =>
  claims(language, text).map((c) => `${c.metric} ${c.low} ${c.who} | ${c.source}`)

describe('fr/es reader: agency copy', () => {
  it('reads a name whole across links and coordinated complements', () => {
    expect(read('fr', 'Le Bureau de coordination des affaires humanitaires signale 9 morts.')).toEqual([
      'killed 9 people | Bureau de coordination des affaires humanitaires',
    ])
    expect(read('fr', 'Des sources proches des rebelles du CSP évoquent 47 soldats tués.')).toEqual([
      'killed 47 soldats | sources proches des rebelles du CSP',
    ])
    expect(
      read(
        'fr',
        "Les pluies ont fait 217 morts, selon le ministère de l'Action humanitaire et de la Gestion des catastrophes.",
      ),
    ).toEqual(["killed 217 people | ministère de l'Action humanitaire et de la Gestion des catastrophes"])
  })

  it('ends a name before the document participle and keeps a title article and glued digits', () => {
    expect(read('fr', "Au total, 98 personnes sont mortes, selon une note d'OCHA publiée mercredi.")).toEqual(
      ['killed 98 personnes | OCHA'],
    )
    expect(read('es', 'Según El Tiempo, 40 familias fueron desplazadas.')).toEqual([
      'displaced 40 familias | El Tiempo',
    ])
    expect(read('fr', 'Selon le M23, 12 civils ont été tués.')).toEqual(['killed 12 civils | M23'])
    expect(read('fr', 'Les rebelles du M23 affirment avoir tué 40 soldats.')).toEqual([
      'killed 40 soldats | rebelles du M23',
    ])
  })

  it('reads the role, not the person, when both are given', () => {
    expect(
      read(
        'fr',
        'Achraf al-Qidra, porte-parole du ministère de la Santé, a déclaré que 25 personnes avaient été tuées.',
      ),
    ).toEqual(['killed 25 personnes | porte-parole du ministère de la Santé'])
    expect(read('fr', "Selon Jens Laerke, porte-parole d'OCHA, 300 000 personnes ont fui.")).toEqual([
      "displaced 300000 personnes | porte-parole d'OCHA",
    ])
    expect(read('es', 'Según Juan Pérez, portavoz de la Cruz Roja, 12 personas murieron.')).toEqual([
      'killed 12 personas | portavoz de la Cruz Roja',
    ])
    expect(
      read(
        'fr',
        "« Nous avons recensé 40 morts », a déclaré à l'AFP Jean Dupont, responsable de la Croix-Rouge locale.",
      ),
    ).toEqual(['killed 40 people | responsable de la Croix-Rouge locale'])
    // A name alone stays the name.
    expect(read('es', 'Según Juan Pérez, 12 personas murieron.')).toEqual(['killed 12 personas | Juan Pérez'])
  })

  it('keeps the noun of "de source" and points "l\'une de ces sources" back', () => {
    expect(read('fr', 'À Téra, 14 blessés ont été admis, de source hospitalière.')).toEqual([
      'injured 14 people | source hospitalière',
    ])
    expect(
      read(
        'fr',
        'Selon des sources sécuritaires, 18 gendarmes ont été tués. Six assaillants ont été capturés, a précisé l’une de ces sources.',
      ),
    ).toEqual(['killed 18 gendarmes | sources sécuritaires', 'detained 6 assaillants | sources sécuritaires'])
  })

  it('reads the parts listed in a clause opening on "among"', () => {
    expect(
      read(
        'fr',
        'Au moins 70 personnes ont été tuées, selon le RNDDH. Parmi les victimes figurent dix femmes et trois nourrissons.',
      ),
    ).toEqual(['killed 70 personnes | RNDDH', 'killed 10 femmes | RNDDH', 'killed 3 nourrissons | RNDDH'])
    expect(
      read(
        'es',
        'Seis militares murieron y otros 12 resultaron heridos. Entre los heridos hay dos suboficiales.',
      ),
    ).toEqual(['killed 6 militares | null', 'injured 12 militares | null', 'injured 2 suboficiales | null'])
    // Not after a figure that is not one: "Seis personas sobrevivieron, entre ellas tres futbolistas".
    expect(
      read('es', 'El accidente causó 71 muertos. Seis personas sobrevivieron, entre ellas tres futbolistas.'),
    ).toEqual(['killed 71 people | null'])
  })

  it('gives the figures before a sentence that credits the toll', () => {
    expect(
      read(
        'fr',
        'Dix-huit civils ont été tués à Djaiba. Le bilan a été livré dimanche par le président de la société civile.',
      ),
    ).toEqual(['killed 18 civils | président de la société civile'])
  })

  it('reads one more of a group, asides and a repeated link', () => {
    expect(read('fr', 'Deux personnes ont été tuées et une autre blessée.')).toEqual([
      'killed 2 personnes | null',
      'injured 1 personnes | null',
    ])
    expect(
      read('fr', 'Plus de 1,9 million de Gazaouis, soit 90 % de la population, ont été déplacés.'),
    ).toEqual(['displaced 1900000 gazaouis | null'])
    expect(read('es', 'La Policía informó de la muerte de 2 agentes y de 5 pandilleros.')).toEqual([
      'killed 2 agentes | Policía',
      'killed 5 pandilleros | Policía',
    ])
    expect(read('es', 'El Gobierno confirmó la muerte de 6 civiles, entre ellos un líder social.')).toEqual([
      'killed 6 civiles | Gobierno',
      'killed 1 líder social | Gobierno',
    ])
  })

  it('reads nouns of what happened and gives no name to a determiner or "on"', () => {
    expect(read('fr', "La police a procédé à l'interpellation de 57 personnes.")).toEqual([
      'detained 57 personnes | null',
    ])
    expect(read('es', 'Las autoridades reportaron la desaparición de 12 pescadores.')).toEqual([
      'missing 12 pescadores | autoridades',
    ])
    expect(read('fr', "L'attaque a fait au moins 27 morts, selon un bilan officiel.")).toEqual([
      'killed 27 people | null',
    ])
    expect(read('fr', 'On dénombre 45 blessés.')).toEqual(['injured 45 people | null'])
  })

  it('counts bodies and leaves out counts of attacks and sites', () => {
    expect(read('es', 'Los rescatistas recuperaron 29 cadáveres.')).toEqual(['killed 29 people | null'])
    expect(read('fr', '39 civils ont été tués dans deux attaques menées mardi.')).toEqual([
      'killed 39 civils | null',
    ])
  })
})
