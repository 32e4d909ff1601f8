// The lenient source score takes a person and the body the text says they speak for as one speaker
// (tests/dev-set/README.md, "A spokesperson and the body"), and only then.
import { describe, expect, it } from 'vitest'
import { apposedAlike } from '../../api/extractor/eval/source-apposed.ts'

const AGREE: [string, string, string][] = [
  ['UN', 'Stéphane Dujarric', 'UN spokesman Stéphane Dujarric told reporters 40 people had died.'],
  ['Monusco', 'Paul Lemaire', 'Le porte-parole de la Monusco, Paul Lemaire, a fait état de 12 morts.'],
  [
    'Gaza health ministry',
    'Ashraf al-Qudra',
    'Ashraf al-Qudra, spokesman for the Gaza health ministry, said 31 were killed.',
  ],
  ['porte-parole de la Monusco', 'Paul Lemaire', 'Le porte-parole de la Monusco, Paul Lemaire, a parlé.'],
  ['gobernador del Cauca', 'Octavio Guzmán', 'Según el gobernador del Cauca, Octavio Guzmán, hay 9 muertos.'],
  ['UNICEF', 'Catherine Russell', 'Catherine Russell, UNICEF executive director, said 500 children died.'],
  ['وزارة الصحة', 'أشرف القدرة', 'وقال المتحدث باسم وزارة الصحة أشرف القدرة إن 31 شخصا قتلوا.'],
]

const DIFFER: [string, string, string][] = [
  ['WHO', 'Stéphane Dujarric', 'UN spokesman Stéphane Dujarric said, citing WHO, that 40 people had died.'],
  ['Jane Doe', 'John Roe', 'Health Minister Jane Doe and Interior Minister John Roe gave 12 deaths.'],
  ['Sudan Doctors Network', 'Amal Hassan', 'Dr. Amal Hassan from the Sudan Doctors Network counted 40 dead.'],
  ['UN', 'Stéphane Dujarric', 'Stéphane Dujarric said 40 had died. The UN later put the toll at 50.'],
  ['alcalde', 'Javier Mendoza', 'Dijo el alcalde, Javier Mendoza, que hay 12 muertos.'],
  ['UN', 'UNICEF', 'UN spokesman for UNICEF said 3 died.'],
]

describe('a person and the body they speak for', () => {
  it.each(AGREE)('%s = %s', (gold, predicted, text) => {
    expect(apposedAlike(gold, predicted, text)).toBe(true)
    expect(apposedAlike(predicted, gold, text)).toBe(true)
  })
  it.each(DIFFER)('%s ≠ %s', (gold, predicted, text) => {
    expect(apposedAlike(gold, predicted, text)).toBe(false)
    expect(apposedAlike(predicted, gold, text)).toBe(false)
  })
})
