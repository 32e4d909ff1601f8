// The tight frames that tie a figure to its trigger: a predicate after the victims, a verb before them, a
// causative with its complement, a counted trigger noun, a toll and its value, a fact-box label.

import { CONFIDENCE } from './confidence.ts'
import { demonymCountry, lookupPlace } from './gazetteer/index.ts'
import { runningTotal } from './link-totals.ts'
import type { Candidate, Link, LinkContext } from './link-types.ts'
import { type HeadClass, headClass } from './nouns.ts'
import { isCapitalized, type Token } from './tokens.ts'
import { displacementComplementAt, type TriggerEntry, type TriggerMatch, triggerAt } from './triggers.ts'
import type { Metric } from './types.ts'
import { readNounPhrase } from './who.ts'
import {
  CLAUSE_BREAKS,
  MONTHS,
  NOT_IN_NOUN_PHRASE,
  PREDICATE_FILLERS,
  SHELTER_SITES,
  words,
} from './words.ts'

export const MODALS = new Set(['could', 'would', 'might', 'may', 'will', 'should', 'expected', 'must'])
const PRE_FILLERS = new Set([
  'another',
  'further',
  'additional',
  'a',
  'an',
  'the',
  'reportedly',
  'also',
  'all',
])
const TREATING = new Set(['treated', 'treating', 'treats', 'admitted', 'received'])
const WOUND_WORDS = new Set([
  'wounds',
  'injuries',
  'burns',
  'wounded',
  'injured',
  'shrapnel',
  'fractures',
  'trauma',
])

/** "... with blast and gunshot wounds", "... for injuries": a treatment of the wounded. */
function treatsWounds(lows: string[], from: number, to: number): boolean {
  if (lows[from] !== 'for' && lows[from] !== 'with') return false
  for (let k = from + 1; k < Math.min(to, from + 6); k++) {
    if (lows[k] === ',' || lows[k] === '.') return false
    if (WOUND_WORDS.has(lows[k])) return true
  }
  return false
}

const DEATH_MANNERS = new Set(
  'hacked burned burnt stabbed beaten clubbed bludgeoned stoned shot crushed trampled starved tortured'.split(
    ' ',
  ),
)
const TOLL_NOUNS = new Set(['toll', 'tally', 'count', 'life', 'influx'])
const MONTH_WORDS = new Set(Object.keys(MONTHS))
const TOLL_LINKS = new Set([
  'passes',
  'pass',
  'tops',
  'top',
  'nears',
  'neared',
  'climbs',
  'past',
  'surpasses',
  'exceeds',
  'put',
  'puts',
  'to',
  'at',
  'of',
  'reached',
  'reach',
  'reaches',
  'hit',
  'passed',
  'surpassed',
  'exceeded',
  'topped',
  'is',
  'was',
  'were',
  'are',
  'stands',
  'stood',
  'climbed',
  'rose',
  'risen',
  'jumped',
  'reaching',
  'hitting',
  'numbered',
  'numbering',
  'totalled',
  'totaled',
  'totaling',
  'totalling',
  'now',
  'include',
  'included',
  'includes',
  'hits',
  'rises',
])
// "fled to Chad", "crossed into Uganda"; not "uprooted across Haiti", which stays inside the country.
const COUNTRY_AFTER = new Set(['to', 'into', 'for'])

export function resolveMetric(entry: TriggerEntry, cls: HeadClass): Metric | null {
  if (cls === 'facility') return entry.building ? 'facilities' : null
  if (cls === 'home') return entry.building ? 'homes' : null
  return entry.metric
}

export function npEnd(c: Candidate): number {
  return Math.max(c.np.to, c.num.to)
}

function isNumberAt(tokens: Token[], lows: string[], i: number): boolean {
  return (
    tokens[i]?.kind === 'num' ||
    /^(one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(lows[i] ?? '')
  )
}

/** "7 soldiers were killed", "520,000 fleeing their homes", "53 health facilities have suspended work". */
export function post(ctx: LinkContext, c: Candidate, limit: number): Link | null {
  const { tokens, lows } = ctx
  let j = skipQuote(lows, npEnd(c), limit)
  // '"Nearly 70" villagers were killed': the figure quoted, its noun after the quote.
  if (c.np.to === c.np.from && j > npEnd(c) && headClass(lows[j], tokens[j].text, lows[j - 1]) === 'people') {
    c.np = readNounPhrase(tokens, lows, j, limit)
    j = c.np.to
  }
  j = groupTailEnd(ctx, c, j, limit)
  let skipped = 0
  // "roughly 8,000 people, have been displaced": a stray comma before the auxiliary.
  if (lows[j] === ',' && AUX.has(lows[j + 1])) j++
  const paren = skipParenthetical(tokens, lows, j, limit)
  if (paren > j) {
    j = paren
    skipped++
  }
  const pp = skipModifierBeforeAux(tokens, lows, j, limit, c.np.cls)
  if (pp > j) {
    skipped += 2
    j = pp
  }
  let modal = false
  // "1,200 people in temporary shelters" opens its clause; "hosting 1.2 million Rohingyas in the camps" does not.
  const adjacent = opensClause(tokens, lows, c.num.from)
  while (j < limit && skipped < 8 && (PREDICATE_FILLERS.has(lows[j]) || MODALS.has(lows[j]))) {
    if (triggerAt(lows, j, limit, 'p') || shelterAt(ctx.tokens, lows, j, limit, adjacent && skipped === 0))
      break
    // "may have been killed" is an estimate of the past, not a forecast; "150,000 people to be displaced" is one.
    if (MODALS.has(lows[j]) && lows[j + 1] !== 'have') modal = true
    if (skipped === 0 && lows[j] === 'to' && lows[j + 1] === 'be') modal = true
    j++
    skipped++
  }
  j = skipQuote(lows, j, limit)
  const t = triggerAt(lows, j, limit, 'p') ?? shelterAt(ctx.tokens, lows, j, limit, adjacent && skipped === 0)
  // "more than 7.3 million people have left Venezuela", "40,000 have escaped to Mauritania": out of the country.
  const abroad = !t && LEAVING.has(lows[j]) ? countryAhead(ctx, j + 1, limit) : -1
  if (abroad > 0 && (c.np.cls === 'people' || c.np.cls === 'unknown'))
    return {
      kind: 'post',
      metric: 'refugees',
      from: c.num.from,
      to: abroad,
      modal,
      parent: null,
      confidence: CONFIDENCE.predicateInContext,
    }
  if (!t) return arrival(ctx, c, j, limit, modal, skipped)
  // "1 million Rohingya refugees live in camps": the counted noun already says what they are.
  // "are hosted in", like "staying in", says where a group stays; "refugees are hosted in" stays refugees.
  const hosted = t.to - t.from === 3 && HOSTED.has(lows[t.to - 2])
  const sheltered = t.entry === SHELTER_ENTRY || t.entry === MOVE_ENTRY || hosted
  if (sheltered && nounTrigger(lows, c.np.from, c.np.to)) return null
  // "22,000 items of relief were sent to the disaster area": only people move to shelter.
  if (t.entry === MOVE_ENTRY && c.np.to > c.np.from && c.np.cls !== 'people' && c.np.cls !== 'households')
    return null
  // "sickened 2,100 in the camps": the figure is the object of another verb, the camps only where.
  if (t.entry === SHELTER_ENTRY && completesVerb(lows, c)) return null
  // "two bombers killed 20 people": an active verb with its own object makes the figure the agents.
  // Houses do not destroy: "3,100 homes damaged 45 dead", "2,830 buildings damaged 600 people stranded"
  // are key figures run together on a line.
  const hit = t.entry.building && (c.np.cls === 'home' || c.np.cls === 'facility')
  if (skipped === 0 && !hit && t.entry.roles.includes('v') && objectFollows(tokens, lows, t.to, limit))
    return null
  // "Two mosques in Sirte are sheltering about 1,100 people": the sheltered are counted after the verb.
  if (SHELTERING.has(lows[t.to - 1]) && objectFollows(tokens, lows, t.to, tokens.length)) return null
  // "Of the houses, 119,906 were totally destroyed": the counted noun stands earlier in the sentence.
  const cls =
    c.np.cls === 'unknown' && c.np.to === c.np.from && t.entry.building
      ? contextClass(ctx, c.num.from)
      : c.np.cls
  let metric = resolveMetric(t.entry, cls)
  if (!metric) return null
  if (
    metric === 'displaced' &&
    (crossesBorder(ctx, t.to, limit, npCountry(ctx, c)) || crossesLater(ctx, t.to, limit))
  )
    metric = 'refugees'
  let start = c.num.from
  const before = lows[start - 1]
  if (before === 'left' || before === 'leaving' || before === 'leaves' || before === 'leave') {
    start = before === 'leaving' ? start - 1 : causeSubjectStart(tokens, lows, start - 1)
  }
  return {
    kind: 'post',
    metric,
    from: start,
    to: t.to,
    modal,
    parent: null,
    confidence: CONFIDENCE.victimsThenPredicate - skipped * CONFIDENCE.perSkippedWordAfter,
  }
}

const GROUP_TAIL = 4
const QUOTES = new Set(['"', '“', '”'])

/**
 * "300 patients and companions were shot dead", '45 fighters and affiliated "mercenaries" had been killed':
 * a second noun of the same group, after "and", belongs to the counted phrase. No other figure, article or
 * clause may stand in it.
 */
function groupTailEnd(ctx: LinkContext, c: Candidate, j: number, limit: number): number {
  const { tokens, lows } = ctx
  if ((lows[j] !== 'and' && lows[j] !== 'or') || c.np.cls !== 'people') return j
  for (let k = j + 1; k < Math.min(limit, j + 1 + GROUP_TAIL); k++) {
    const w = lows[k]
    if (QUOTES.has(w)) continue
    if (tokens[k].kind !== 'word' || NOT_IN_NOUN_PHRASE.has(w) || isNumberAt(tokens, lows, k)) return j
    if (triggerAt(lows, k, limit, 'p')) return j
    const cls = headClass(w, tokens[k].text, lows[k - 1])
    const end = skipQuote(lows, k + 1, limit)
    // A plural noun the lists do not know, when the predicate follows it at once ("and companions were").
    const plural = cls === 'unknown' && /[^s]s$/.test(w)
    if (cls === 'people' || (plural && (AUX.has(lows[end]) || triggerAt(lows, end, limit, 'p')))) return end
  }
  return j
}

const LEAVING = new Set(['left', 'leaving', 'leave', 'quit', 'escaped'])
const SHELTER_VERBS = words(`
  staying stay stays stayed living live lives lived sheltering sheltered housed hosted accommodated
  sleeping sleep lodged camped camping
`)
const SHELTER_NOUNS = words(`
  camps camp shelters centres centers centre center sites settlements tents schools churches mosques
  classrooms shelter tent
`)
const BEING = words('are were is was remain remained remaining still')
const SHELTER_ENTRY: TriggerEntry = { words: ['staying'], roles: 'p', metric: 'displaced', building: false }

/** A figure at `at` that its own trigger follows ("45 dead", "7 injured"): the next item of a line. */
const HOSTED = new Set(['hosted', 'accommodated', 'sheltered'])

function nounTrigger(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (triggerAt(lows, k, to, 'n')?.entry.metric) return true
  return false
}

// A move whose destination is a place of shelter: "moved to 2,400 cyclone shelters", "shifted to 91 relief
// camps", "relocated to safe areas", "transferred to schools and community halls".
const MOVE_VERBS = new Set(
  'moved shifted transferred relocated evacuated taken brought sent bussed ferried'.split(' '),
)
const SHELTER_PLACES = new Set(
  'areas area locations location places place ground halls hall buildings zones sites'.split(' '),
)
const DETENTION_PLACES = new Set('detention prison prisons jail jails police custody holding'.split(' '))
const DESTINATION_WORDS = 5
const MOVE_ENTRY: TriggerEntry = { words: ['moved'], roles: 'p', metric: 'displaced', building: false }

/** Whether the figure at `at` follows "moved to", "evacuated to": it counts the places people went to. */
export function movedTo(lows: readonly string[], at: number): boolean {
  return (lows[at - 1] === 'to' || lows[at - 1] === 'into') && MOVE_VERBS.has(lows[at - 2] ?? '')
}

/** "moved to 1,900 flood shelters": the end of the move, or -1. */
function moveToShelter(tokens: Token[], lows: string[], j: number, limit: number): number {
  if (!MOVE_VERBS.has(lows[j]) || (lows[j + 1] !== 'to' && lows[j + 1] !== 'into')) return -1
  for (let k = j + 2; k < Math.min(limit, j + 2 + DESTINATION_WORDS); k++) {
    // "taken to the Abu Salim detention centre" is an arrest, not shelter.
    if (DETENTION_PLACES.has(lows[k])) return -1
    if (SHELTER_NOUNS.has(lows[k]) || SHELTER_PLACES.has(lows[k])) return k + 1
    // The destination's own words: a count, modifiers, "and"; not a clause of its own.
    if (tokens[k].kind === 'punct' && tokens[k].text !== '-') return -1
    if (NOT_IN_NOUN_PHRASE.has(lows[k]) && lows[k] !== 'and' && lows[k] !== 'the') return -1
  }
  return -1
}

const CLAUSE_OPENERS = words('and with while including another of whom')
function opensClause(tokens: Token[], lows: string[], at: number): boolean {
  return (
    at === 0 || tokens[at].newlines > 0 || tokens[at - 1].kind === 'punct' || CLAUSE_OPENERS.has(lows[at - 1])
  )
}

/** "are staying in 130 accommodation centres", "hosted in schools", "were living in 161 camps". */
function shelterAt(
  tokens: Token[],
  lows: string[],
  j: number,
  limit: number,
  adjacent: boolean,
): TriggerMatch | null {
  const moved = moveToShelter(tokens, lows, j, limit)
  if (moved > 0) return { entry: MOVE_ENTRY, from: j, to: moved }
  // "22,000 in 600 shelters": a fact-box line without a verb; "1,200 people in temporary shelters",
  // "70,772 are in public shelters": in a place that is only a shelter.
  const inAt = (k: number) => lows[k] === 'in' || lows[k] === 'at'
  const bare = inAt(j) && (tokens[j - 1]?.kind === 'num' || adjacent)
  const being = BEING.has(lows[j]) && inAt(j + 1)
  const verb = SHELTER_VERBS.has(lows[j]) && /^(in|at|inside)$/.test(lows[j + 1] ?? '')
  if (!bare && !being && !verb) return null
  const only = being || (bare && tokens[j - 1]?.kind !== 'num')
  for (let k = bare ? j + 1 : j + 2; k < Math.min(limit, j + 8); k++) {
    if (only ? SHELTER_SITES.has(lows[k]) : SHELTER_NOUNS.has(lows[k]))
      return { entry: SHELTER_ENTRY, from: j, to: k + 1 }
    if (tokens[k].kind === 'punct' && tokens[k].text !== '-') return null
  }
  return null
}

const ARRIVALS = new Set([
  'arrived',
  'arriving',
  'arrive',
  'arrives',
  'reached',
  'reaching',
  'entered',
  'entering',
])

/** "65,000 people have arrived in Armenia", "370,000 Rohingya have reached Bangladesh": into a country, refugees. */
function arrival(
  ctx: LinkContext,
  c: Candidate,
  j: number,
  limit: number,
  modal: boolean,
  skipped: number,
): Link | null {
  if (!ARRIVALS.has(ctx.lows[j]) || (c.np.cls !== 'people' && c.np.cls !== 'unknown')) return null
  let at = ctx.lows[j + 1] === 'in' || ctx.lows[j + 1] === 'at' ? j + 2 : j + 1
  if (at >= limit) return null
  let to = at + 1
  const camp = refugeePlaceEnd(ctx.lows, at, limit)
  // "40,000 Burundians have entered the country": people of one country in another.
  const country = ctx.lows[at] === 'the' && ctx.lows[at + 1] === 'country' && npCountry(ctx, c) !== null
  if (camp > 0 || country) to = camp > 0 ? camp : at + 2
  else if (!ctx.isCountryAt(at)) {
    // "3,400 Malians have arrived in the Tillaberi region": people of one country arriving in another's town.
    if (ctx.lows[at] === 'the') at++
    const origin = npCountry(ctx, c)
    let end = at
    while (end < limit && end - at < 4 && isCapitalized(ctx.tokens[end])) end++
    const place =
      end > at
        ? lookupPlace(
            ctx.tokens
              .slice(at, end)
              .map((t) => t.text)
              .join(' '),
          )
        : null
    // "Another 4,000 arrived in Cox's Bazar", after a sentence about refugees: more of them.
    const more = !origin && ctx.previous?.metric === 'refugees' && place !== null
    if (!more && (!origin || !place || place.country === origin)) return null
    to = end
  }
  return {
    kind: 'post',
    metric: 'refugees',
    from: c.num.from,
    to,
    modal,
    parent: null,
    confidence: CONFIDENCE.predicateInContext - skipped * CONFIDENCE.perSkippedWordAfter,
  }
}

/** "the Nakivale refugee settlement", "a refugee camp": the index after the place, or -1. */
function refugeePlaceEnd(lows: readonly string[], at: number, limit: number): number {
  for (let k = at; k < Math.min(limit, at + 4); k++) {
    if (lows[k] === 'refugee' || lows[k] === 'refugees') return k + 2 <= limit ? k + 2 : -1
    if (lows[k] === ',' || lows[k] === '.' || lows[k] === ';') return -1
  }
  return -1
}

/** The country of the people counted, when the phrase says it: "Malians", "Sudanese refugees". */
function npCountry(ctx: LinkContext, c: Candidate): string | null {
  for (let k = c.np.from; k < c.np.to; k++) {
    const t = ctx.tokens[k]
    if (!isCapitalized(t)) continue
    const iso = demonymCountry(t.text) ?? demonymCountry(t.text.replace(/s$/, ''))
    if (iso) return iso
    // "Myanmar soldiers": a country's name used as its adjective.
    const place = lookupPlace(t.text)
    if (place?.kind === 'country') return place.country
  }
  return null
}

const PAREN_OPEN = new Set([',', '-', '–', '—', '('])
export const AUX = new Set([
  'had',
  'have',
  'has',
  'were',
  'was',
  'are',
  'is',
  'remain',
  'remained',
  'remains',
  'been',
])
const MODIFIER_START = new Set([
  'in',
  'at',
  'on',
  'near',
  'from',
  'of',
  'with',
  'across',
  'inside',
  'around',
  'under',
  'supported',
  'operating',
  'run',
  'managed',
  'still',
  'living',
  'sheltering',
  'who',
])

function skipQuote(lows: string[], j: number, limit: number): number {
  return j < limit && (lows[j] === '"' || lows[j] === '”' || lows[j] === '“') ? j + 1 : j
}

/** ", including six children," / ", five of them children," / " - a woman and four children -": skipped. */
function skipParenthetical(tokens: Token[], lows: string[], j: number, limit: number): number {
  const open = lows[j]
  if (!PAREN_OPEN.has(open)) return j
  const close = open === '(' ? ')' : open
  for (let k = j + 1; k < limit && k - j <= 14; k++) {
    if (lows[k] === close || (open === ',' && (lows[k] === '-' || lows[k] === '—')))
      return k === j + 1 ? j : k + 1
    // An abbreviation's stop ("(1,872 ind.)") does not end the aside.
    const abbreviation = lows[k] === '.' && !tokens[k].space && ABBREVIATED.has(lows[k - 1])
    if (lows[k] === ';' || (lows[k] === '.' && !abbreviation) || REPORTING_AT.has(lows[k])) return j
  }
  return j
}
const ABBREVIATED = new Set(['ind', 'indiv', 'approx', 'est', 'pers'])
const REPORTING_AT = new Set(['said', 'says', 'told', 'according'])
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those'])

/** "hospitals in the north of the territory had been", "facilities supported by MSF have": to the auxiliary. */
function skipModifierBeforeAux(
  tokens: Token[],
  lows: string[],
  j: number,
  limit: number,
  cls: HeadClass,
): number {
  if (!MODIFIER_START.has(lows[j])) return j
  for (let k = j + 1; k < limit && k - j <= 9; k++) {
    if (
      CLAUSE_BREAKS.has(lows[k]) ||
      lows[k] === ',' ||
      REPORTING_AT.has(lows[k]) ||
      CLAUSE_WORDS.has(lows[k]) ||
      // "killed 59 people in Vietnam and 247 were injured": another figure has its own predicate.
      (tokens[k]?.kind === 'num' && (lows[k - 1] === 'and' || lows[k - 1] === 'or'))
    )
      return j
    if (AUX.has(lows[k]) || MODALS.has(lows[k])) return k
    // "Three aid workers with the Libyan Red Crescent lost their lives" (but not "... killed 20 people").
    const t = triggerAt(lows, k, limit, 'p')
    // "people in the affected area have been": a participle after a determiner describes the place.
    if (!t || DETERMINERS.has(lows[k - 1])) continue
    const direct = PLAIN_PREPOSITIONS.has(lows[j]) && (cls === 'people' || cls === 'households')
    return direct && !objectFollows(tokens, lows, t.to, limit) ? k : j
  }
  return j
}
/** After "left" or "escaped": a country, directly or after "to"/"into"/"for" and "neighbouring"; the index after it. */
function countryAhead(ctx: LinkContext, j: number, limit: number): number {
  let k = COUNTRY_AFTER.has(ctx.lows[j]) ? j + 1 : j
  if (k > j && NEIGHBOURING.has(ctx.lows[k])) k++
  return k < limit && ctx.isCountryAt(k) ? k + 1 : -1
}
const NEIGHBOURING = new Set(['neighbouring', 'neighboring'])
// "sought refuge in neighbouring Burundi": after these, "in" names where they went, not where they were.
const REFUGE_NOUNS = new Set(['refuge', 'shelter', 'safety', 'asylum', 'sanctuary'])

const PLAIN_PREPOSITIONS = new Set(['with', 'from', 'of', 'in', 'at', 'on', 'near', 'inside'])
const CLAUSE_WORDS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'which', 'where'])

/** "fled to Chad", "fled Ukraine", "to flee across the border": out of the country, so refugees. */
export function crossesBorder(
  ctx: LinkContext,
  j: number,
  limit: number,
  origin: string | null = null,
): boolean {
  const { lows } = ctx
  if (j < limit && ctx.isCountryAt(j)) return true
  if (lows[j] === 'in' && REFUGE_NOUNS.has(lows[j - 1] ?? '')) {
    const k = NEIGHBOURING.has(lows[j + 1] ?? '') ? j + 2 : j + 1
    if (k < limit && ctx.isCountryAt(k)) return true
  }
  // "600 Myanmar soldiers have taken refuge in India's Mizoram state": into another country's province.
  if ((lows[j] === 'in' || lows[j] === 'into') && j + 1 < limit && ctx.isForeignOwnerAt?.(j + 1, origin))
    return true
  for (let k = j; k < Math.min(limit, j + 6); k++) {
    const w = lows[k]
    if (w === ',' || w === ';' || w === '.') return false
    if (w === 'border' && (lows[k - 1] === 'the' || lows[k - 1] === 'international')) {
      if (/^(across|throughout|over|crossed)$/.test(lows[k - 2] ?? '')) return true
    }
    if (
      COUNTRY_AFTER.has(w) &&
      ((k + 1 < limit && ctx.isCountryAt(k + 1)) || (k + 2 < limit && ctx.isCountryAt(k + 2)))
    )
      return true
    // "streamed into the Chadian border town of Adre": a place of another people.
    if ((w === 'into' || w === 'to') && ctx.isForeignDemonymAt) {
      for (let m = k + 1; m < Math.min(limit, k + 4); m++) if (ctx.isForeignDemonymAt(m)) return true
    }
  }
  return false
}

/** "1,500 people fleeing violence in Burkina Faso have crossed into northern Ghana": the clause goes on to cross. */
function crossesLater(ctx: LinkContext, j: number, limit: number): boolean {
  const { lows } = ctx
  for (let k = j; k < Math.min(limit, j + 14); k++) {
    if (lows[k] === '.' || lows[k] === ';' || lows[k] === ',') return false
    // "15,000 Somalis fleeing drought have arrived at the Dadaab refugee complex": they arrive as refugees.
    if (ARRIVALS.has(lows[k]) && (lows[k + 1] === 'at' || lows[k + 1] === 'in'))
      return refugeePlaceEnd(lows, k + 2, limit) > 0
    if (lows[k] === 'crossed' || lows[k] === 'crossing') {
      return (
        lows[k + 1] === 'into' ||
        (lows[k + 1] === 'the' && lows[k + 2] === 'border') ||
        ctx.isCountryAt(k + 1)
      )
    }
  }
  return false
}

function contextClass(ctx: LinkContext, before: number): HeadClass {
  let reach = 10
  for (let k = before - 1; k >= Math.max(0, before - reach); k--) {
    // "3,412 houses were damaged; of which 612 are totally damaged": the part goes on across the ";".
    const partOf = ctx.lows[k + 1] === 'of' && PART_OF.has(ctx.lows[k + 2])
    if (ctx.lows[k] === ';' && partOf && reach === 10) {
      reach += 6
      continue
    }
    if (ctx.lows[k] === '.' || ctx.lows[k] === ';') break
    const cls = headClass(ctx.lows[k], ctx.tokens[k].text, ctx.lows[k - 1])
    if (cls === 'home' || cls === 'facility') return cls
  }
  return 'unknown'
}

const PART_OF = new Set(['which', 'these', 'those', 'them'])

function objectFollows(tokens: Token[], lows: string[], i: number, limit: number): boolean {
  if (i >= limit) return false
  const w = lows[i]
  if (isNumberAt(tokens, lows, i)) return true
  if (w === 'at' || w === 'more' || w === 'some' || w === 'nearly' || w === 'about' || w === 'around') {
    return isNumberAt(tokens, lows, i + 1) || isNumberAt(tokens, lows, i + 2)
  }
  return w === 'the' || w === 'a' || w === 'an' || w === 'his' || w === 'their' || w === 'its'
}

/** "the Turkish shelling left four soldiers injured": the quote takes in the cause. */
function causeSubjectStart(tokens: Token[], lows: string[], verb: number): number {
  let k = verb
  for (let n = 0; n < 4 && k - 1 >= 0; n++) {
    const prev = tokens[k - 1]
    if (prev.kind !== 'word' || /^(that|which|who|said|and|but|as|after|when|while)$/.test(lows[k - 1])) break
    k--
  }
  return k
}

const SETTING = new Set(['set', 'sets', 'setting'])
const FIRE_AFTER = new Set(['ablaze', 'alight'])
const SET_FIRE: TriggerEntry = { words: ['set'], roles: 'v', metric: null, building: true }

/** "killed seven Turkish soldiers", "injuring 3 soldiers", "claimed the lives of 12". */
const SHELTERING = new Set(['sheltering', 'hosting', 'accommodating'])
const REFUGEE_HEADS = new Set(['refugees', 'refugee', 'asylum-seekers'])

export function pre(ctx: LinkContext, c: Candidate, sentenceFrom: number): Link | null {
  const { lows } = ctx
  let k = c.num.from - 1
  let skipped = 0
  if (lows[k] === '"' || lows[k] === '“' || lows[k] === '”') k--
  while (k > sentenceFrom && skipped < 2 && PRE_FILLERS.has(lows[k]) && !triggerAt(lows, k, k + 1, 'v')) {
    k--
    skipped++
  }
  if (lows[k] === '"' || lows[k] === '”' || lows[k] === '“') k--
  // "treated at least 39 people with blast and gunshot wounds", "treated 64 patients for injuries"
  if (
    TREATING.has(lows[k]) &&
    (c.np.cls === 'people' || c.np.to === c.np.from) &&
    treatsWounds(lows, npEnd(c), c.num.to + 12)
  ) {
    return {
      kind: 'pre',
      metric: 'injured',
      from: k,
      to: npEnd(c),
      modal: false,
      parent: null,
      confidence: CONFIDENCE.predicateInContext,
    }
  }
  // "set 73 houses on fire", "set some 90 homes ablaze": the verb around its object.
  const after = lows[npEnd(c)] ?? ''
  if (SETTING.has(lows[k]) && (FIRE_AFTER.has(after) || (after === 'on' && lows[npEnd(c) + 1] === 'fire'))) {
    const end = after === 'on' ? npEnd(c) + 2 : npEnd(c) + 1
    const metric = resolveMetric(SET_FIRE, c.np.cls)
    if (metric)
      return {
        kind: 'pre',
        metric,
        from: k,
        to: end,
        modal: false,
        parent: null,
        confidence: CONFIDENCE.causative,
      }
  }
  // "hacked 25 villagers to death", "burned 13 suspected gang members to death"
  if (DEATH_MANNERS.has(lows[k]) && lows[npEnd(c)] === 'to' && lows[npEnd(c) + 1] === 'death') {
    return {
      kind: 'pre',
      metric: 'killed',
      from: k,
      to: npEnd(c) + 2,
      modal: false,
      parent: null,
      confidence: CONFIDENCE.causative,
    }
  }
  for (let start = Math.max(sentenceFrom, k - 4); start <= k; start++) {
    const t = triggerAt(lows, start, k + 1, 'v')
    if (!t || t.to !== k + 1) continue
    // "Death toll hits 100": the toll's verb, left to the toll frame.
    if (TOLL_NOUNS.has(lows[t.from - 1])) return null
    let metric = resolveMetric(t.entry, c.np.cls)
    if (!metric) return null
    // "hosting 600,000 refugees": the counted noun says they crossed a border.
    if (metric === 'displaced' && REFUGEE_HEADS.has(lows[c.np.to - 1])) metric = 'refugees'
    // "a landslide buried 23 people": buried by a mass of earth, they are missing until found.
    if (metric === 'killed' && BURYING.has(lows[t.from]) && buriedByMass(lows, sentenceFrom, t.from))
      metric = 'missing'
    const modal = MODALS.has(lows[t.from - 1]) || MODALS.has(lows[t.from - 2])
    return {
      kind: 'pre',
      metric,
      from: t.from,
      to: npEnd(c),
      modal,
      parent: null,
      confidence: CONFIDENCE.verbThenVictims - skipped * CONFIDENCE.perSkippedWordBefore,
    }
  }
  return null
}

/** "Protesters numbered around 10,000", "sickened 2,100": a bare figure that completes a verb no trigger. */
export function completesVerb(lows: readonly string[], c: Candidate): boolean {
  if (c.np.to > c.np.from) return false
  const before = lows[c.num.from - 1] ?? ''
  return /^[a-z]+ed$/.test(before) && !triggerAt(lows, c.num.from - 1, c.num.from, 'v')
}

const BURYING = new Set(['buried', 'burying', 'buries'])
const MASSES = new Set(
  'landslide landslides mudslide mudslides avalanche avalanches rockslide rubble debris mud collapse earthquake quake'.split(
    ' ',
  ),
)
function buriedByMass(lows: readonly string[], from: number, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(from, verb - 10); k--) if (MASSES.has(lows[k])) return true
  return false
}

/** "caused more than 400,000 people to flee their homes", "driven millions of civilians from their homes". */
export function cause(ctx: LinkContext, c: Candidate, limit: number): Link | null {
  const { lows } = ctx
  const k = c.num.from - 1
  const t = triggerAt(lows, k, k + 1, 'c')
  if (!t || c.np.cls === 'facility' || c.np.cls === 'home') return null
  let j = npEnd(c)
  // Skip one parenthetical: "hundreds of thousands of people, many of whom had already been displaced, to flee".
  if (lows[j] === ',') {
    let m = j + 1
    while (m < limit && m - j < 16 && lows[m] !== ',') m++
    if (lows[m] === ',') j = m + 1
  }
  // "had taken 58 people into custody": the verb and its particle around the people held.
  if (t.entry.metric === 'detained') {
    const held = lows[j] === 'into' && (lows[j + 1] === 'custody' || lows[j + 1] === 'detention')
    if (!held || c.np.cls === 'thing' || c.np.cls === 'unknown') return null
    const modal = MODALS.has(lows[t.from - 1]) || MODALS.has(lows[t.from - 2])
    return {
      kind: 'cause',
      metric: 'detained',
      from: t.from,
      to: j + 2,
      modal,
      parent: null,
      confidence: CONFIDENCE.causative,
    }
  }
  const end = displacementComplementAt(lows, j, limit)
  if (end < 0) return null
  const modal = MODALS.has(lows[t.from - 1]) || MODALS.has(lows[t.from - 2])
  const metric = crossesBorder(ctx, end, limit) ? 'refugees' : 'displaced'
  return {
    kind: 'cause',
    metric,
    from: t.from,
    to: end,
    modal,
    parent: null,
    confidence: CONFIDENCE.causative,
  }
}

/** "12 deaths", "500 refugees", "3,000 IDPs": the counted noun is itself the trigger. */
// "47 cases of enforced disappearances", "1,019 reports of missing persons": a count of events of a kind.
const CASE_NOUNS = new Set(['cases', 'reports', 'incidents', 'instances', 'counts'])
const CASE_OF_WORDS = 4

/** The trigger of "cases of ..." when the figure's noun is such a count, read from the word after the figure. */
export function caseOf(lows: string[], head: number, limit: number): TriggerMatch | null {
  if (!CASE_NOUNS.has(lows[head]) || lows[head + 1] !== 'of') return null
  for (let k = head + 2; k < Math.min(limit, head + 2 + CASE_OF_WORDS); k++) {
    if (!/^[a-z-]+$/.test(lows[k])) return null
    const t = triggerAt(lows, k, limit, 'n') ?? triggerAt(lows, k, limit, 'p')
    if (t?.entry.metric) return t
  }
  return null
}

const HARMS = new Set<Metric | null>(['killed', 'injured', 'missing'])

export function noun(ctx: LinkContext, c: Candidate, limit: number): Link | null {
  const counted = caseOf(ctx.lows, c.num.to, limit)
  if (counted?.entry.metric)
    return {
      kind: 'noun',
      metric: counted.entry.metric,
      from: c.num.from,
      to: counted.to,
      modal: false,
      parent: null,
      confidence: CONFIDENCE.countedNoun,
    }
  if (c.np.to <= c.np.from) return null
  let t = triggerAt(ctx.lows, c.np.headAt, limit, 'n')
  // "860 wounded refugees", "12 dead IDPs": what happened to them outranks who they are.
  const status = t?.entry.metric === 'refugees' || t?.entry.metric === 'displaced'
  // "1.8 million displaced people", "228 wounded patients", "58 reported fatalities"
  for (let k = c.np.from; (!t || status) && k < c.np.headAt; k++) {
    const adj = triggerAt(ctx.lows, k, c.np.headAt + 1, 'p') ?? triggerAt(ctx.lows, k, c.np.headAt + 1, 'n')
    if (adj && adj.entry.metric !== null && (!t || HARMS.has(adj.entry.metric))) t = adj
  }
  if (!t || t.entry.metric === null || c.np.cls === 'facility' || c.np.cls === 'home') return null
  if (ctx.lows[c.num.from - 1] === 'saved' || ctx.lows[c.num.from - 1] === 'saving') return null
  return {
    kind: 'noun',
    metric: t.entry.metric,
    from: c.num.from,
    to: c.np.to,
    // "up to 4 million refugees could leave": a forecast.
    modal: MODALS.has(ctx.lows[c.np.to]) && ctx.lows[c.np.to + 1] !== 'have',
    parent: null,
    confidence: CONFIDENCE.countedNoun,
  }
}

/** "the death toll rose to 50", "the number of people killed reached 1,200", "the dead included 5 children". */
export function toll(ctx: LinkContext, c: Candidate, sentenceFrom: number): Link | null {
  const { lows } = ctx
  const k = c.num.from - 1
  // "Palestinian death toll above 1,000": the qualifier already stands between toll and figure.
  const direct = tollTriggerEndingAt(lows, k, c.num.from)
  if (direct) return tollLink(direct, c, direct.from)
  if (!TOLL_LINKS.has(lows[k])) return forwardToll(ctx, c)
  return (
    nearToll(ctx, c, k - 1, sentenceFrom) ??
    farToll(ctx, c, sentenceFrom) ??
    runningTotal(ctx, c, sentenceFrom)
  )
}

function nearToll(ctx: LinkContext, c: Candidate, k: number, sentenceFrom: number): Link | null {
  const { tokens, lows } = ctx
  for (let n = 0; n < 14 && k >= sentenceFrom; n++, k--) {
    // "The number of internally displaced persons (IDPs) in Burkina Faso stands at": a short aside.
    if (lows[k] === ')') {
      let m = k - 1
      while (m > sentenceFrom && k - m < 5 && lows[m] !== '(') m--
      if (lows[m] === '(') {
        k = m
        continue
      }
    }
    if (CLAUSE_BREAKS.has(lows[k])) return null
    // Numbers of a date ("since May 17") may stand between; other numbers may not.
    if (
      tokens[k].kind === 'num' &&
      !MONTH_WORDS.has(lows[k - 1]) &&
      !MONTH_WORDS.has(lows[k + 1]) &&
      lows[k - 1] !== 'in'
    )
      return null
    if (lows[k] === 'population' || lows[k] === 'need') return null
    // A participle names a toll only after "number of": "the number of people killed rose to 50".
    let t =
      triggerAt(lows, k, c.num.from, 'n') ??
      (afterNumberOf(lows, k) ? triggerAt(lows, k, c.num.from, 'p') : null)
    // "death toll" rather than "toll": the longer phrase that ends here.
    const longer = k > 0 ? triggerAt(lows, k - 1, c.num.from, 'n') : null
    if (t && longer && longer.to > k) t = longer
    // "the number of homes destroyed at 41,000": a building toll takes its class from the noun counted.
    if (t && t.entry.metric === null && t.entry.building) {
      const counted = countedClass(tokens, lows, k)
      const metric = counted ? resolveMetric(t.entry, counted) : null
      if (metric)
        return {
          kind: 'toll',
          metric,
          from: k - 2 >= sentenceFrom ? countedStart(lows, k) : k,
          to: npEnd(c),
          modal: false,
          parent: null,
          confidence: CONFIDENCE.tollNounAfter,
        }
    }
    if (!t || t.entry.metric === null) continue
    const link = tollLink(t, c, t.from, lows)
    if (link) for (let m = t.to; m < c.num.from; m++) if (MODALS.has(lows[m])) link.modal = true
    return link
  }
  return null
}

// "rose to", "has climbed to", "stood at", "reached": a verb that gives its subject a value.
const RISING = new Set(
  'rose risen rises rise rising climbed climbs climb climbing increased increases jumped jumps soared soars grew grown mounted stood stands reached reaches hit hits topped tops passed exceeded surpassed crossed'.split(
    ' ',
  ),
)
// What may follow a toll noun that is the subject of a long sentence: "the death toll from ...".
const TOLL_COMPLEMENTS = new Set(['from', 'in', 'after', 'following', 'since', 'of', 'among', 'caused'])
const FAR_TOLL_SPAN = 40

/**
 * "The death toll from Sunday's magnitude 6.4 tremor off the coast of Sulawesi rose to 48": the toll noun
 * is the subject of the verb before the figure, past a complement too long (or holding numbers of its own)
 * for the near frame. Only a toll noun followed by its complement, and nothing between that ends a clause or
 * gives another value ("to 12", "at 40").
 */
function farToll(ctx: LinkContext, c: Candidate, sentenceFrom: number): Link | null {
  const { tokens, lows } = ctx
  let verb = c.num.from - 1
  if (lows[verb] === 'to' || lows[verb] === 'at') verb--
  if (!RISING.has(lows[verb])) return null
  let modal = false
  for (let k = verb - 1; k >= Math.max(sentenceFrom, verb - FAR_TOLL_SPAN); k--) {
    const w = lows[k]
    if (CLAUSE_BREAKS.has(w) || w === 'population' || w === 'need') return null
    if (tokens[k].kind === 'num' && (lows[k - 1] === 'to' || lows[k - 1] === 'at')) return null
    if (MODALS.has(w)) modal = true
    const t = triggerAt(lows, k, verb, 'n') ?? (afterNumberOf(lows, k) ? triggerAt(lows, k, verb, 'p') : null)
    if (!t?.entry.metric || !TOLL_COMPLEMENTS.has(lows[t.to])) continue
    const link = tollLink(t, c, t.from, lows)
    if (link) link.modal = modal
    return link
  }
  return null
}

/** The noun between "number of" and a building participle: "the number of homes destroyed". */
function countedClass(tokens: Token[], lows: string[], k: number): HeadClass | null {
  for (let m = k - 1; m >= Math.max(0, k - 3); m--) {
    const cls = headClass(lows[m], tokens[m].text, lows[m - 1])
    if (cls === 'home' || cls === 'facility') return lows[m - 1] === 'of' || lows[m - 2] === 'of' ? cls : null
  }
  return null
}

function countedStart(lows: string[], k: number): number {
  for (let m = k - 1; m >= Math.max(0, k - 5); m--) if (lows[m] === 'number' || lows[m] === 'total') return m
  return k
}

function afterNumberOf(lows: string[], k: number): boolean {
  for (let m = k - 1; m >= k - 4 && m >= 0; m--) if (lows[m] === 'number' || lows[m] === 'total') return true
  return false
}

function tollTriggerEndingAt(lows: string[], k: number, limit: number): TriggerMatch | null {
  for (let start = k - 3; start <= k; start++) {
    if (start < 0) continue
    const t = triggerAt(lows, start, limit, 'n')
    if (t && t.to === k + 1 && t.entry.metric !== null && TOLL_NOUNS.has(lows[k])) return t
  }
  return null
}

// "the death toll passes 2,000", "tops 6,200", "climbed past 50": above the figure.
const PASSING = new Set([
  'passes',
  'passed',
  'tops',
  'topped',
  'exceeds',
  'exceeded',
  'surpasses',
  'surpassed',
  'past',
  'crosses',
  'crossed',
  'exceeding',
  'surpassing',
  'passing',
  'topping',
])

function tollLink(t: TriggerMatch, c: Candidate, from: number, lows?: string[]): Link | null {
  const metric = resolveMetric(t.entry, c.np.cls)
  if (!metric) return null
  if (lows && PASSING.has(lows[c.num.from - 1]) && c.num.qualifier === 'exact') {
    c.num = { ...c.num, qualifier: 'at_least', high: null }
  }
  return { kind: 'toll', metric, from, to: npEnd(c), modal: false, parent: null, confidence: CONFIDENCE.toll }
}

/** "bringing to 506 the number of bodies retrieved": the toll noun after the figure. */
function forwardToll(ctx: LinkContext, c: Candidate): Link | null {
  const { lows } = ctx
  if (
    lows[c.num.from - 1] !== 'to' ||
    !/^(bringing|brings|brought|bring|raising)$/.test(lows[c.num.from - 2] ?? '')
  ) {
    return null
  }
  for (let k = c.num.to; k < c.num.to + 5; k++) {
    const t = triggerAt(lows, k, k + 6, 'n')
    if (t?.entry.metric)
      return {
        kind: 'toll',
        metric: t.entry.metric,
        from: c.num.from - 2,
        to: t.to,
        modal: false,
        parent: null,
        confidence: CONFIDENCE.tollNounAfter,
      }
  }
  return null
}
