// Bodies of a state found from their wording alone, for any country: "<country> <portfolio> ministry",
// "Ministry of <portfolio> of <country>", "<country>'s military", "<demonym> officials". Keys are
// ministry:<portfolio>:<ISO3>, military:<ISO3>, police:<ISO3>, government:<ISO3>; the alias table uses the
// same keys for the ministries it names, so table and pattern agree.

import { type CountryLookup, countryName } from './countries.ts'
import { titleCase } from './text.ts'

export interface Institution {
  key: string
  name: string
  kind: 'government' | 'military' | 'health'
  country: string
}

// Portfolios in the spellings the news uses; the first word of each line is the canonical one.
const PORTFOLIOS = new Map<string, string>()
for (const line of [
  'defence|defense|national defence|national defense',
  'health|public health|health and population|health and social protection',
  'interior|internal affairs|home affairs|home|internal',
  'foreign|foreign affairs|external affairs',
  'emergency|emergencies|emergency situations|emergency management|civil emergencies',
  'disaster|disasters|disaster management|disaster management and relief|state for disaster management',
  'humanitarian|humanitarian affairs',
  'social|social affairs|social development|labour and social policy',
  'refugees|refugees and repatriation|migration|displacement and migration',
  'information|information and communications',
  'justice',
  'education',
]) {
  const spellings = line.split('|')
  for (const s of spellings) PORTFOLIOS.set(s, spellings[0])
}

// Bodies named by country alone: "Turkish military", "Syrian government forces", "Iraqi officials".
const BODIES = new Map<string, 'military' | 'police' | 'government'>()
for (const [body, spellings] of [
  [
    'military',
    'military|army|armed forces|forces|troops|defence forces|defense forces|government forces|regime forces|' +
      'security forces|air force|navy|military officials',
  ],
  ['police', 'police|police force|national police|police officials'],
  [
    'government',
    'government|authorities|officials|government officials|presidency|cabinet|prime minister|president|' +
      'administration|state|government spokesman',
  ],
] as const) {
  for (const s of spellings.split('|')) BODIES.set(s, body)
}

// Who runs a de facto administration, so "the Hamas-run health ministry" still gets a country.
const CONTROLLERS: Record<string, string> = { hamas: 'PSE', houthi: 'YEM', houthis: 'YEM', taliban: 'AFG' }
const FILLERS = new Set(
  'run led controlled backed state federal de facto s government interim caretaker regime national'.split(
    ' ',
  ),
)
export const HEADS = new Set(['ministry', 'minister', 'department', 'authorities', 'officials'])

export function institution(
  words: string[],
  lookup: CountryLookup,
  contextCountry: string | null,
): Institution | null {
  const head = words.findIndex((w) => HEADS.has(w))
  const found = head >= 0 ? ministry(words, head, lookup, contextCountry) : null
  if (found) return found
  const [country, rest] = leadingCountry(words, lookup)
  const body = BODIES.get(rest.join(' '))
  const iso = country ?? (rest.length === words.length ? contextCountry : null)
  if (!body || !iso) return null
  const label = body === 'military' ? 'Armed forces' : body === 'police' ? 'Police' : 'Government'
  return {
    key: `${body}:${iso}`,
    name: `${label} (${countryName(iso) ?? iso})`,
    kind: body === 'military' ? 'military' : 'government',
    country: iso,
  }
}

function ministry(
  words: string[],
  head: number,
  lookup: CountryLookup,
  context: string | null,
): Institution | null {
  let before = words.slice(0, head)
  let after = words.slice(head + 1)
  let portfolio: string[] = []
  let iso: string | null = null
  if (after[0] === 'of' || after[0] === 'for') {
    // "ministry of foreign affairs of russian federation", "ministry of health gaza"
    after = after.slice(1)
    const sep = after.findIndex((w) => w === 'of' || w === 'in')
    if (sep > 0) {
      portfolio = after.slice(0, sep)
      iso = lookup(after.slice(sep + 1).join(' '))
      if (!iso) return null
    } else {
      for (let k = 1; k < after.length && !iso; k++) {
        iso = lookup(after.slice(k).join(' '))
        if (iso) portfolio = after.slice(0, k)
      }
      if (!iso) portfolio = after
    }
  } else if (after.length > 0) {
    // "health ministry in gaza"; anything else after the head is not a ministry name.
    if (after[0] !== 'in' || after.length < 2) return null
    iso = lookup(after.slice(1).join(' '))
    if (!iso) return null
    portfolio = before
    before = []
  } else {
    portfolio = before
    before = []
  }
  // What stands before the portfolio: a country, a controller, fillers. Nothing else may.
  const lead = before.length > 0 ? before : portfolio
  const [country, rest] = leadingCountry(lead, lookup)
  if (before.length > 0) {
    if (rest.some((w) => !FILLERS.has(w) && !CONTROLLERS[w])) return null
    iso = iso ?? country ?? controller(rest)
  } else {
    portfolio = rest
    iso = iso ?? country
  }
  // "hamas run health", "national defence": the portfolio is the longest known tail.
  let canon: string | null = null
  for (let k = 0; k < portfolio.length && !canon; k++) {
    const tail = portfolio.slice(k).join(' ')
    if (PORTFOLIOS.has(tail)) {
      const leftover = portfolio.slice(0, k)
      if (leftover.some((w) => !FILLERS.has(w) && !CONTROLLERS[w])) return null
      iso = iso ?? controller(leftover)
      canon = PORTFOLIOS.get(tail)!
    }
  }
  // Unknown portfolios ("agriculture ministry") are kept only for a real ministry with a country.
  if (!canon && words[head] === 'ministry' && portfolio.length > 0 && portfolio.length <= 3)
    canon = portfolio.join('-')
  iso = iso ?? context
  if (!canon || !iso) return null
  return {
    key: `ministry:${canon}:${iso}`,
    name: `Ministry of ${titleCase(canon.replace(/-/g, ' '))} (${countryName(iso) ?? iso})`,
    kind: canon === 'health' ? 'health' : canon === 'defence' ? 'military' : 'government',
    country: iso,
  }
}

/** The longest run of leading words that names a country, and the words after it. */
export function leadingCountry(words: string[], lookup: CountryLookup): [string | null, string[]] {
  for (let n = Math.min(words.length, 5); n > 0; n--) {
    const iso = lookup(words.slice(0, n).join(' '))
    if (iso) return [iso, words.slice(n)]
  }
  return [null, words]
}

function controller(words: string[]): string | null {
  for (const w of words) if (CONTROLLERS[w]) return CONTROLLERS[w]
  return null
}
