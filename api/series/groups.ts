// The counted group ("who" on a claim, as written) normalised so that series merge across wordings:
// "kids" and "minors" are children, "human beings" and "residents" are people, "turkish soldiers" are
// soldiers of TUR. Soldiers keep their nationality always (whose losses matter); non-combatant groups
// drop it when it is just the country the figure is about ("Syrian civilians" in Syria = civilians).

import { type CountryLookup, countryAdjective, withFallback } from './countries.ts'
import { matchKey } from './text.ts'

export interface Group {
  key: string
  label: string
  /** ISO3 of the nationality kept in the key, or null. */
  country: string | null
}

export interface GroupOptions {
  /** Nationality adjectives to ISO3 (the gazetteer's demonym lookup); falls back to a small table. */
  demonym?: CountryLookup
  /** ISO3 of the place the figure is about: a non-combatant group of that nationality drops the suffix. */
  country?: string | null
  /** The sentence the group was read from: a relative clause may say more than the noun. */
  sentence?: string | null
}

// "a Turkish civilian who worked for the military" is the same person as "a Turkish civilian member of
// the military": civilians the sentence says work for an armed force are its civilian staff.
const WORKS_FOR_MILITARY =
  /\bcivilians?,?\s+(?:who|that)\s+(?:had\s+)?(?:worked|works|work|was working|were working|was employed|were employed|served)\s+(?:for|with|by|in)\s+(?:the\s+)?(?:\w+\s+)?(?:military|army|armed forces)\b/i

interface Base {
  key: string
  label: string
  armed: boolean
}

// Each base group with its wordings; its key is its label with hyphens unless said otherwise.
const base =
  (armed: boolean) =>
  (label: string, spec: string, key = label.replaceAll(' ', '-')): [Base, string] => [
    { key, label, armed },
    spec,
  ]
const armed = base(true)
const unarmed = base(false)

const BASES: Array<[Base, string]> = [
  unarmed('civilians', 'civilian civilians noncombatants|non combatants'),
  armed(
    'soldiers',
    'soldier soldiers troops troop servicemen serviceman servicemembers conscripts paratroopers marines ' +
      'service members|military personnel|army personnel|members of military|members of armed forces|' +
      'member of military|member of armed forces|members of army|military members',
  ),
  armed(
    'civilian military staff',
    '|civilian member of military|civilian members of military|civilian employee of military|' +
      'civilian employees of military|civilian staff of military|civilian member of armed forces|' +
      'civilian employees of army|civilian military staff',
    'military-civilians',
  ),
  armed(
    'fighters',
    'fighter fighters militants militant rebels rebel insurgents insurgent combatants combatant gunmen ' +
      'jihadists jihadist militiamen militia',
  ),
  armed('police', 'police policemen policeman|police officers|police officer'),
  armed('security forces', '|security forces|security personnel|members of security forces'),
  unarmed(
    'children',
    'children child kids kid minors minor infants infant babies baby toddlers schoolchildren boys girls ' +
      'boy girl',
  ),
  unarmed('women', 'women woman'),
  unarmed('men', 'men man males'),
  unarmed(
    'people',
    'people persons person humans individuals residents inhabitants villagers locals lives souls victims ' +
      'population idps others dead bodies casualties fatalities deaths refugees evacuees|human beings|' +
      'internally displaced persons|internally displaced people',
  ),
  unarmed('households', 'households household families family'),
  unarmed(
    'health facilities',
    'hospitals hospital clinics clinic|health facilities|health facility|medical facilities|' +
      'medical facility|health centres|health centers|health centre|health center|healthcare facilities|' +
      'health care facilities|medical centres|medical centers|medical points|health posts',
  ),
  unarmed('schools', 'schools school classrooms|educational facilities'),
  unarmed('homes', 'homes home houses house dwellings buildings|residential buildings|housing units'),
  unarmed(
    'health workers',
    'medics doctors nurses paramedics|health workers|healthcare workers|health care workers|' +
      'medical staff|medical workers|medical personnel',
  ),
  unarmed(
    'aid workers',
    'humanitarians|aid workers|humanitarian workers|relief workers|aid staff|humanitarian staff|un staff',
  ),
  unarmed('journalists', 'journalists journalist reporters|media workers'),
  unarmed('migrants', 'migrants migrant|asylum seekers'),
  unarmed('prisoners', 'prisoners prisoner detainees detainee inmates'),
]

// Phrase -> base; single words and '|'-separated phrases in the table above.
const PHRASES = new Map<string, Base>()
for (const [base, spec] of BASES) {
  const [words, ...phrases] = spec.split('|')
  for (const w of words.split(' ')) if (w) PHRASES.set(w, base)
  for (const p of phrases) PHRASES.set(p, base)
}
const LONGEST = Math.max(...[...PHRASES.keys()].map((p) => p.split(' ').length))
const PEOPLE = PHRASES.get('people')!

// Words that say nothing about who is counted: "other", "innocent", "displaced", "wounded".
const FILLERS = new Set(
  (
    'other more additional innocent unarmed fellow local young including mostly total some all ' +
    'displaced injured wounded killed dead missing affected newly internally them whom those'
  ).split(' '),
)

export function normaliseGroup(who: string, options: GroupOptions = {}): Group {
  const lookup = withFallback(options.demonym)
  const words = matchKey(who).split(' ').filter(Boolean)
  // "women and children": each side its own group when every side is one we know.
  const parts = splitOn(words, ['and', 'or'])
  if (parts.length > 1) {
    const groups = parts.map((p) => readPart(p, lookup, options.country ?? null))
    if (groups.every((g) => g && !g.key.startsWith('slug:'))) {
      const seen = new Set<string>()
      const unique = (groups as Group[]).filter((g) => !seen.has(g.key) && seen.add(g.key))
      if (unique.length === 1) return unique[0]
      return {
        key: unique
          .map((g) => g.key)
          .sort()
          .join('+'),
        label: unique.map((g) => g.label).join(' and '),
        country: null,
      }
    }
  }
  const group = readPart(words, lookup, options.country ?? null) ?? {
    key: 'people',
    label: 'people',
    country: null,
  }
  if (
    group.key.split(':')[0] === 'civilians' &&
    options.sentence &&
    WORKS_FOR_MILITARY.test(options.sentence)
  ) {
    const staff = PHRASES.get('civilian military staff')!
    return withCountry(staff, group.country ?? countryAt(words, 0, lookup)?.iso ?? null, null, null)
  }
  return group
}

function splitOn(words: string[], seps: string[]): string[][] {
  const parts: string[][] = [[]]
  for (const w of words) {
    if (seps.includes(w)) parts.push([])
    else parts[parts.length - 1].push(w)
  }
  return parts.filter((p) => p.length > 0)
}

function readPart(words: string[], lookup: CountryLookup, placeCountry: string | null): Group | null {
  let iso: string | null = null
  let adjective: string | null = null
  let rest: string[] = []
  for (let i = 0; i < words.length; ) {
    const found: { iso: string; length: number } | null = iso ? null : countryAt(words, i, lookup)
    if (found) {
      iso = found.iso
      adjective = words.slice(i, i + found.length).join(' ')
      i += found.length
    } else {
      if (!FILLERS.has(words[i])) rest.push(words[i])
      i++
    }
  }
  if (words.length === 0) return null
  let base = findBase(rest)
  // "Syrians", "Afghans": a nationality as a plural noun counts people of that nationality.
  if (!base && !iso && rest.length === 1 && rest[0].endsWith('s')) {
    const plural = lookup(rest[0].slice(0, -1))
    if (plural) {
      iso = plural
      adjective = rest[0].slice(0, -1)
      base = PEOPLE
      rest = []
    }
  }
  if (!base && iso && rest.length === 0) base = PEOPLE
  if (!base) {
    if (rest.length === 0) return null
    const slug = `slug:${rest.join('-')}`
    return withCountry({ key: slug, label: rest.join(' '), armed: false }, iso, adjective, placeCountry)
  }
  return withCountry(base, iso, adjective, placeCountry)
}

/** The longest known phrase, the one nearest the end winning: English puts the head noun last. */
function findBase(words: string[]): Base | null {
  for (let n = Math.min(LONGEST, words.length); n > 0; n--) {
    for (let i = words.length - n; i >= 0; i--) {
      const base = PHRASES.get(words.slice(i, i + n).join(' '))
      if (base) return base
    }
  }
  return null
}

function countryAt(
  words: string[],
  i: number,
  lookup: CountryLookup,
): { iso: string; length: number } | null {
  for (let n = Math.min(3, words.length - i); n > 0; n--) {
    const iso = lookup(words.slice(i, i + n).join(' '))
    if (iso) return { iso, length: n }
  }
  return null
}

function withCountry(base: Base, iso: string | null, written: string | null, place: string | null): Group {
  if (!iso || (!base.armed && iso === place)) return { key: base.key, label: base.label, country: null }
  const adjective = countryAdjective(iso) ?? capitalise(written ?? iso)
  return { key: `${base.key}:${iso}`, label: `${adjective} ${base.label}`, country: iso }
}

function capitalise(s: string): string {
  return s.replace(/\b\w/g, (c) => c.toUpperCase())
}
