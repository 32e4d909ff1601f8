// A person and the body they speak for, set side by side in the text as one speaker ("UN spokesman
// Stéphane Dujarric", "le porte-parole de la Monusco, Paul Lemaire", "Ashraf al-Qudra, spokesman for the
// Gaza health ministry", "المتحدث باسم وزارة الصحة أشرف القدرة"): labellers credit either, and claims-format.md
// does not choose. The rule is written in tests/dev-set/README.md ("A spokesperson and the body").

import { HONORIFICS } from '../words.ts'
import { namesSomeone, personWord } from './source-agree.ts'
import { ARTICLES, isArabic, keyOf, LINKS, labelWords, QUALIFIERS, ROLES, type Word } from './source-words.ts'

/** Titles before a person's name: the extractor's honorifics ("Dr", "Gen") and their fr/es/ar forms. */
const TITLES = new Set(
  [...HONORIFICS, ...'cheikh sheikh m mme sr sra dra الدكتور الشيخ العميد اللواء العقيد'.split(' ')].map(
    keyOf,
  ),
)

/** What may qualify a role: "UNICEF executive director", "regional spokesperson". */
const ROLE_ADJECTIVES = new Set(
  'executive regional country acting interim local provincial national'.split(' '),
)

/** A word that may stand between a body and the person speaking for it: a role, a link, an article, a title. */
const joining = (w: Word) =>
  ROLES.has(w.key) || LINKS.has(w.key) || ARTICLES.has(w.key) || QUALIFIERS.has(w.key) || TITLES.has(w.key)

function positions(words: Word[], label: Word[]): number[] {
  const out: number[] = []
  for (let i = 0; i + label.length <= words.length; i++)
    if (label.every((w, k) => words[i + k].key === w.key)) out.push(i)
  return out
}

/** A role right before `at` (over links, articles and qualifiers): "spokesman for the", "المتحدث باسم". */
function roleBefore(words: Word[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (ROLES.has(words[k].key)) return true
    if (!joining(words[k])) return false
  }
  return false
}

/** A role right after `at` (over qualifiers): "Stéphane Dujarric, UN spokesman". */
function roleAfter(words: Word[], at: number): boolean {
  for (let k = at; k < words.length && k < at + 3; k++) {
    if (ROLES.has(words[k].key)) return true
    const w = words[k]
    if (!QUALIFIERS.has(w.key) && !ARTICLES.has(w.key) && !ROLE_ADJECTIVES.has(w.key)) return false
  }
  return false
}

// Particles of names in small letters: "Ashraf al-Qudra", "Ibrahim bin Ali", "Ursula von der Leyen".
const PARTICLE = /^(?:al|el|bin|ibn|abu|de|da|del|der|van|von|le|la)(?:-|$)/i
const person = (label: Word[]) =>
  label.some(personWord) && label.every((w) => personWord(w) || PARTICLE.test(w.text))

/** Whether the two labels are a body and the person the text says speaks for it, in one phrase. */
export function apposedAlike(
  gold: string | null | undefined,
  predicted: string | null | undefined,
  text: string,
): boolean {
  const A = labelWords(gold)
  const B = labelWords(predicted)
  if (A.length === 0 || B.length === 0) return false
  // Each side names someone: "alcalde" or "ministry" alone is a kind of speaker; "Gaza health ministry" is one.
  if (![A, B].every((x) => namesSomeone(x) || x.length >= 2)) return false
  // Latin script: one side must be a person's name; Arabic has no capitals to tell, the role decides.
  if (!isArabic(A[0]) && !person(A) && !person(B)) return false
  const titled = [...A, ...B].some((w) => ROLES.has(w.key))
  for (const sentence of text.split(/(?<=[.!?\u061F])\s+|\n+/u)) {
    const words = labelWords(sentence)
    for (const [x, y] of [
      [A, B],
      [B, A],
    ]) {
      for (const i of positions(words, x))
        for (const j of positions(words, y)) {
          const between = words.slice(i + x.length, j)
          if (j < i + x.length || between.length > 4 || !between.every(joining)) continue
          if (
            titled ||
            between.some((w) => ROLES.has(w.key)) ||
            roleBefore(words, i) ||
            roleAfter(words, j + y.length)
          )
            return true
        }
    }
  }
  return false
}
