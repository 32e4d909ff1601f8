// The Spanish reader on wire copy (session 16, set es-g): killing verbs written as "cobrar la vida", a
// crossing that is not the country fled from, names that hold lower-case words between capitals, and
// anaphors that stand for a body ("la mandataria", "sus equipos", a capitalised head that opens a name).

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const read = (text: string) =>
  extractClaims(text, { language: 'es', published: '2026-05-01' }).map(
    (c) => `${c.metric} ${c.low} ${c.who} | ${c.source}`,
  )

describe('es reader: wire copy (es-g)', () => {
  it('reads "cobrar la vida de" in any tense as killing', () => {
    expect(
      read('El deslave cobró la vida de 65 personas, según la Secretaría de Gestión de Riesgos.'),
    ).toEqual(['killed 65 personas | Secretaría de Gestión de Riesgos'])
    expect(read('La tormenta ha cobrado la vida de 12 pescadores.')).toEqual(['killed 12 pescadores | null'])
  })

  it('counts a crossing into a country as refugees, not the country fled from', () => {
    expect(read('Unas 5.000 personas huyeron de Sudán a Chad.')).toEqual(['refugees 5000 personas | null'])
    expect(read('Unas 8.000 personas han huido de la capital de Sudán del Sur.')).toEqual([
      'displaced 8000 personas | null',
    ])
    expect(read('Unos 3.000 sirios cruzaron a Siria.')).toEqual(['refugees 3000 sirios | null'])
  })

  it('keeps lower-case words between the capitals of one name', () => {
    expect(
      read(
        'La Plataforma de Coordinación Interagencial para Refugiados y Migrantes de Venezuela (R4V) calcula que 7,9 millones de venezolanos viven fuera de su país.',
      ),
    ).toEqual([
      'refugees 7900000 venezolanos | Plataforma de Coordinación Interagencial para Refugiados y Migrantes de Venezuela',
    ])
    expect(
      read(
        'La Oficina Integrada de las Naciones Unidas en Haití (BINUH) registró 1.223 muertos por la violencia.',
      ),
    ).toEqual(['killed 1223 people | Oficina Integrada de las Naciones Unidas en Haití'])
  })

  it('gives an anaphor the body or official named before', () => {
    expect(
      read(
        'Al menos 34 personas murieron, según la Coordinadora Nacional para la Reducción de Desastres (Conred). El organismo precisó que 12 personas siguen desaparecidas.',
      ).at(-1),
    ).toBe('missing 12 personas | Coordinadora Nacional para la Reducción de Desastres')
    expect(
      read(
        'El ataque mató a 23 civiles, denunció Médicos Sin Fronteras (MSF). La organización añadió que sus equipos atendieron a 40 heridos.',
      ).at(-1),
    ).toBe('injured 40 people | Médicos Sin Fronteras')
    const governor = read(
      'La explosión dejó 2 policías muertos, según la gobernadora del Valle del Cauca, Dilian Francisca Toro. Al menos 40 viviendas resultaron afectadas, añadió la mandataria.',
    )
    expect(governor[1]).toBe('homes 40 viviendas | gobernadora del Valle del Cauca')
    expect(governor[1].split(' | ')[1]).toBe(governor[0].split(' | ')[1])
  })

  it('leaves a head noun with an adjective as its own body', () => {
    expect(
      read(
        'Jalisco acumula 5 mil 420 personas desaparecidas, según la Comisión Nacional de Búsqueda. La violencia dejó 1.102 muertos, de acuerdo con la fiscalía estatal.',
      ),
    ).toEqual([
      'missing 5420 personas | Comisión Nacional de Búsqueda',
      'killed 1102 people | fiscalía estatal',
    ])
  })

  it('credits arrests to the body that made them when no one is cited', () => {
    expect(read('Horas después, la Policía panameña arrestó a 4 presuntos traficantes.')).toEqual([
      'detained 4 presuntos traficantes | Policía panameña',
    ])
    expect(
      read('La Guardia Nacional ha detenido a 3 sospechosos, informó el Ministerio de Seguridad.'),
    ).toEqual(['detained 3 sospechosos | Ministerio de Seguridad'])
    // A kidnapping names a perpetrator, not a source.
    expect(read('El ELN secuestró a 5 soldados.')).toEqual(['detained 5 soldados | null'])
  })

  it('reads no name in the "y" that joins two verbs of one subject', () => {
    const got = read('Los voluntarios evacuaron a 620 familias y atendieron a 45 heridos.')
    expect(got.every((c) => !c.endsWith('| familias y'))).toBe(true)
  })
})
