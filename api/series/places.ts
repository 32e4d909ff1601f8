import { COUNTRIES } from '../extractor/gazetteer/countries.ts'
import { lookupPlace, placeKey } from '../extractor/gazetteer/index.ts'

const COUNTRY_NAMES = new Map(
  COUNTRIES.split('\n')
    .filter((l) => l.includes('|'))
    .map((l) => l.split('|') as [string, string]),
)
export const countryName = (iso: string) => COUNTRY_NAMES.get(iso) ?? iso

export interface NormalPlace {
  /** Stable key of the place a topic is about: "SYR:idlib", "SYR", or "unknown". */
  key: string
  name: string | null
  country: string | null
}

// Direction words and administrative nouns that do not change which place is meant:
// "southern Idlib province" is Idlib.
const DIRECTION =
  /^(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|greater|rural|upper|lower)\s+/i
const ADMIN_NOUN =
  /\s+(?:province|governorate|region|state|district|oblast|city|town|village|countryside|area|county|prefecture|division|camp|countryside)$/i

// Regions the news names that are not administrative units, mapped to the division analysts file them
// under. Kept short and explicit: every entry is a judgement.
const REGIONS: Record<string, string> = {
  'northwest syria': 'SYR:idlib',
  'northwestern syria': 'SYR:idlib',
  'north west syria': 'SYR:idlib',
  'idlib de escalation zone': 'SYR:idlib',
}

/**
 * The place a topic is about, at the level of a first-level division: a town counts under its
 * division, so "Khan Sheikhoun", "Idleb" and "southern Idlib province" all give Idlib.
 */
export function normalisePlace(location: string | null, country: string | null): NormalPlace {
  const raw = location?.trim() || null
  if (raw) {
    const region = REGIONS[placeKey(raw)]
    if (region) return fromKey(region)
    const bare = raw.replace(DIRECTION, '').replace(ADMIN_NOUN, '').trim()
    const entry = lookupPlace(bare, country) ?? lookupPlace(raw, country)
    if (entry) {
      if (entry.kind === 'country') return { key: entry.country, name: entry.name, country: entry.country }
      const name = entry.kind === 'city' ? (entry.parent ?? entry.name) : entry.name
      return { key: `${entry.country}:${placeKey(name)}`, name, country: entry.country }
    }
    return { key: `${country ?? 'XXX'}:${placeKey(raw)}`, name: raw, country }
  }
  if (country) return { key: country, name: countryName(country), country }
  return { key: 'unknown', name: null, country: null }
}

function fromKey(key: string): NormalPlace {
  const [country, place] = key.split(':')
  const entry = lookupPlace(place, country)
  return { key, name: entry?.name ?? place, country }
}

// One to three capitalised words, possibly joined by hyphens or apostrophes ("Khan Sheikhoun", "Deir ez-Zor").
const NAME = /\b[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}[-\s])?[A-Z][\w'’-]+){0,2}/g

// Capitals that conflict reporting mostly uses for their governments ("Ankara protested"), so a mention
// says little about where a figure happened.
const METONYMS = new Set([
  'ankara',
  'moscow',
  'washington',
  'tehran',
  'beijing',
  'paris',
  'london',
  'brussels',
  'berlin',
  'riyadh',
  'doha',
  'cairo',
  'amman',
  'geneva',
  'new york',
])

/**
 * The place an article is mostly about: the division (or country) its text names most often, used for
 * figures whose own sentence names no place. Towns count towards their division.
 */
export function mainPlace(text: string): NormalPlace | null {
  const counts = new Map<string, { place: NormalPlace; n: number }>()
  const body = text.slice(0, 20_000)
  for (const m of body.matchAll(NAME)) {
    // A dateline ("ANKARA (AFP) -", "BEIRUT:") says where the reporter was, not what the story is about.
    if (
      m.index < 40 &&
      /^\s*(?:\(|:|-|—|–|,)/.test(body.slice(m.index + m[0].length, m.index + m[0].length + 3))
    )
      continue
    const words = m[0].replace(/['’]s$/, '').split(/\s+/)
    // Try the longest name first, then its first words ("Idlib Province" -> "Idlib").
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ')
      if (!lookupPlace(name)) continue
      const place = normalisePlace(name, null)
      const entry = counts.get(place.key) ?? { place, n: 0 }
      // Countries are named as actors as often as as places ("Russia said"); divisions and towns rarely.
      entry.n += METONYMS.has(placeKey(name)) ? 0.25 : place.key.includes(':') ? 1 : 0.5
      counts.set(place.key, entry)
      break
    }
  }
  // A division outranks its own country: "Idlib" named four times beats "Syria" named five.
  const ranked = [...counts.values()].map((e) => ({
    ...e,
    score:
      e.n +
      (e.place.key.includes(':')
        ? ([...counts.values()].find((c) => c.place.key === e.place.country)?.n ?? 0)
        : 0),
  }))
  ranked.sort((a, b) => b.score - a.score || b.place.key.length - a.place.key.length)
  return ranked[0]?.place ?? null
}

// "in Idlib", "across northern Syria", "near Khan Sheikhoun", and possessives "Syria's war".
const LOCATIVE =
  /\b(?:in|across|near|around|outside|throughout|inside|into|from|at)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})|\b([A-Z][\w-]+)(?:['’]s|\ss)\s/g

/**
 * Places a sentence puts something in ("killed 40 in Idlib", "Syria's war"), as opposed to places
 * named as actors ("Russia said", "Ankara protested"), normalised; first mention first.
 */
export function locativePlaces(sentence: string): NormalPlace[] {
  const out: NormalPlace[] = []
  for (const m of sentence.matchAll(LOCATIVE)) {
    // "Turkey's Defense Ministry" names who speaks, not where: a possessive before a name is an actor.
    if (m[2] && /^[A-Z]/.test(sentence.slice((m.index ?? 0) + m[0].length))) continue
    const words = (m[1] ?? m[2]).replace(/['’]s$/, '').split(/\s+/)
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ')
      if (!lookupPlace(name)) continue
      out.push(normalisePlace(name, null))
      break
    }
  }
  return out
}
