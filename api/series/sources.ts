// Attribution strings ("Turkey's Defense Ministry", "U.N.", "a Britain-based war monitor") normalised to
// organisations. Order of attempts: the alias table, then generic institution patterns (so ministries,
// armies and governments of any country get a stable key without a table entry), then a slug of the
// words, so even unknown names group consistently.

import { type CountryLookup, withFallback } from './countries.ts'
import { HEADS, institution, leadingCountry } from './institutions.ts'
import { bagKey, matchKey } from './text.ts'

export type SourceKind = 'un' | 'government' | 'military' | 'monitor' | 'ngo' | 'media' | 'health' | 'other'

export interface SourceEntry {
  key: string
  name: string
  kind: SourceKind
  country: string | null
  aliases: string[]
}

export interface SourceMatch {
  key: string
  name: string
  kind: SourceKind
  country: string | null
  /** How it was found: a table alias, a generic pattern (ministry of a country...), or a slug of the words. */
  via: 'alias' | 'pattern' | 'slug'
}

export interface SourceOptions {
  /** Country names and adjectives to ISO3; pass the extractor gazetteer's lookup. Falls back to a small table. */
  country?: CountryLookup
  /** ISO3 assumed for "the health ministry" / "the army" when the text names no country. Off unless given. */
  contextCountry?: string | null
}

interface Index {
  byAlias: Map<string, SourceEntry>
  byKey: Map<string, SourceEntry>
  /** By bagKey of each alias; null where two organisations share a bag (then it decides nothing). */
  byBag: Map<string, SourceEntry | null>
}

// Built once per table; the API passes the same array for every claim of an ingest.
const indexes = new WeakMap<readonly SourceEntry[], Index>()

function indexOf(entries: readonly SourceEntry[]): Index {
  let index = indexes.get(entries)
  if (index) return index
  index = { byAlias: new Map(), byKey: new Map(), byBag: new Map() }
  for (const e of entries) {
    if (!index.byKey.has(e.key)) index.byKey.set(e.key, e)
    for (const k of aliasKeys(e)) {
      if (!index.byAlias.has(k)) index.byAlias.set(k, e)
      const bag = bagKey(k)
      // Only bags of two words or more: one word ("centre") says too little once order is gone.
      if (!bag.includes(' ')) continue
      const seen = index.byBag.get(bag)
      index.byBag.set(bag, seen === undefined || seen?.key === e.key ? e : null)
    }
  }
  indexes.set(entries, index)
  return index
}

/** Problems in an alias table (duplicate keys, an alias claimed by two organisations); empty when sound. */
export function checkAliasTable(entries: readonly SourceEntry[]): string[] {
  const problems: string[] = []
  const keys = new Set<string>()
  const owner = new Map<string, string>()
  for (const e of entries) {
    if (keys.has(e.key)) problems.push(`duplicate key ${e.key}`)
    keys.add(e.key)
    for (const a of [e.name, ...e.aliases]) if (!matchKey(a)) problems.push(`${e.key}: empty alias "${a}"`)
    for (const k of aliasKeys(e)) {
      const prev = owner.get(k)
      if (prev && prev !== e.key) problems.push(`alias "${k}" is claimed by ${prev} and ${e.key}`)
      owner.set(k, e.key)
    }
  }
  return problems
}

/**
 * Match keys of an entry's name and aliases. "World Health Organization (WHO)" also stands for
 * "World Health Organization" and "WHO"; only an abbreviation in capitals splits off like this, since
 * "Ministry of Health (Gaza)" without its "(Gaza)" would claim every health ministry.
 */
function aliasKeys(e: SourceEntry): Set<string> {
  const keys = new Set<string>()
  for (const a of [e.name, ...e.aliases]) {
    keys.add(matchKey(a))
    const paren = /^(.*)\(([^)]*)\)(.*)$/.exec(a)
    if (!paren || !/^[A-Z][A-Z.&-]+$/.test(paren[2].trim())) continue
    keys.add(matchKey(`${paren[1]} ${paren[3]}`))
    keys.add(matchKey(paren[2]))
  }
  keys.delete('')
  return keys
}

export function normaliseSource(
  raw: string | null,
  aliases: readonly SourceEntry[],
  options: SourceOptions = {},
): SourceMatch | null {
  if (raw == null) return null
  const whole = matchKey(raw)
  if (!whole) return null
  const index = indexOf(aliases)
  const lookup = withFallback(options.country)
  for (const candidate of candidates(raw, whole, lookup)) {
    const entry = index.byAlias.get(candidate) ?? index.byBag.get(bagKey(candidate))
    if (entry) return fromEntry(entry, 'alias')
    // "Turkey's AFAD", "Pakistan's NDMA": a country in front of one of its own bodies.
    const [iso, rest] = leadingCountry(candidate.split(' '), lookup)
    const own = iso && rest.length > 0 ? index.byAlias.get(rest.join(' ')) : undefined
    if (own && own.country === iso) return fromEntry(own, 'alias')
    const hit = institution(candidate.split(' '), lookup, options.contextCountry ?? null)
    if (hit) {
      const known = index.byKey.get(hit.key)
      return known ? fromEntry(known, 'pattern') : { ...hit, via: 'pattern' }
    }
  }
  return {
    key: `slug:${whole.split(' ').join('-').slice(0, 80)}`,
    name: raw.trim().replace(/^(the|a|an)\s+/i, ''),
    kind: 'other',
    country: null,
    via: 'slug',
  }
}

function fromEntry(e: SourceEntry, via: SourceMatch['via']): SourceMatch {
  return { key: e.key, name: e.name, kind: e.kind, country: e.country, via }
}

// Words naming a person or a document rather than the body behind it: "UNHCR spokesman Andrej Mahecic",
// "a spokesman for the UN", "figures from the health ministry".
const ROLES = new Set(
  (
    'spokesman spokeswoman spokesperson spokesmen spokespeople official officials chief head director ' +
    'representative representatives envoy coordinator secretary general commissioner chairman chair ' +
    'president statement report reports data figures tally toll count counts estimates estimate records ' +
    'sources source staff team officer officers says said told quoted cited'
  ).split(' '),
)
const LINKS = new Set(['of', 'for', 'at', 'with', 'from', 'by', 'in'])

/** Ever shorter readings of the attribution, most faithful first. */
function candidates(raw: string, whole: string, country: CountryLookup): string[] {
  const out = [whole]
  const add = (s: string) => {
    const k = matchKey(s)
    if (k && !out.includes(k)) out.push(k)
  }
  // "Russian Reconciliation Center for Syria", "UNICEF in Yemen": the body without where it works.
  const where = /^(.+) (?:in|for|of) (\w+(?: \w+)?)$/.exec(whole)
  if (where && country(where[2])) add(where[1])
  // "Syrian Observatory for Human Rights (SOHR)": each half on its own.
  const paren = /^(.*)\(([^)]*)\)(.*)$/.exec(raw)
  if (paren) {
    add(`${paren[1]} ${paren[3]}`)
    add(paren[2])
  }
  for (const c of [...out]) {
    const words = c.split(' ')
    // "Britain-based Syrian Observatory", "Geneva-based ICRC"
    const based = words.indexOf('based')
    if (based > 0 && based <= 2 && based < words.length - 1) add(words.slice(based + 1).join(' '))
    // "UN's OCHA" -> "OCHA"
    if (words[0] === 'un' && words.length > 1) add(words.slice(1).join(' '))
    for (let r = 0; r < words.length; r++) {
      // "Turkish Defence Minister Hulusi Akar": the office without the person.
      if (HEADS.has(words[r]) && r < words.length - 1) add(words.slice(0, r + 1).join(' '))
      if (!ROLES.has(words[r])) continue
      // "Turkish President Recep Tayyip Erdogan" -> "Turkish President" (a government), then "Turkish".
      if (r > 0 && r < words.length - 1) add(words.slice(0, r + 1).join(' '))
      if (r > 0) add(words.slice(0, r).join(' '))
      if (LINKS.has(words[r + 1])) add(words.slice(r + 2).join(' '))
    }
  }
  return out
}
