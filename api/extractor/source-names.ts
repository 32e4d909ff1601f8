// Turning a source's noun phrase into the name a claim carries: titles and descriptors dropped, a person's
// name kept ("Education Minister Abbas Halabi" -> "Abbas Halabi"), one spelling for the UN.

import { memoize } from '../text/memo.ts'
import { lookupPlace, lookupPlaces } from './gazetteer/index.ts'
import { mayStartAmount } from './number-words.ts'
import { isCapitalized, joinTokenText, type Token, UPPER_FIRST } from './tokens.ts'
import { HONORIFICS, PERSON_TITLES, SUBJECT_VERB_FILLERS, words } from './words.ts'

// Lower-case words that may be part of a source's noun phrase: "the health ministry", "local officials".
export const SOURCE_WORDS = new Set(
  (
    'ministry officials official spokesman spokeswoman spokesperson sources source agency monitor monitors group ' +
    'police army military media authorities government witnesses residents activists doctors medics rescuers ' +
    'hospital health defence defense foreign interior civil state local minister chief head director commander ' +
    'governor mayor security medical humanitarian war rights news refugee relief aid emergency disaster ' +
    'management provincial regional district council office officer officers workers rescue volunteers staff ' +
    'organisation organization observatory monitoring authority department services service body watchdog ' +
    'charity committee commission mission forces force coalition team teams agencies ministries figures data ' +
    'tally toll report statement estimates count counts statistics numbers records the a an its their of for ' +
    'and top senior spokesmen representatives representative experts observers journalists correspondents ' +
    'says camp administrators administration leaders leader elders elder survivors families relatives ' +
    'lawyers investigators inspectors analysts coordinator envoy union people international national body ' +
    'partners preliminary initial assessments assessment specialists engineers scientists researchers ' +
    'junta guard guards protection personnel responders paramedics nurses coroner coroners prosecutors judiciary ministers rescuers ' +
    'association network federation society institute institution foundation centre center bureau platform cluster ' +
    'alliance directorate unit cell syndicate board administrator administrators commissioner commissioners prefect ' +
    'sheriff chairman chairperson chairwoman secretary lawmaker lawmakers legislator senator inspector superintendent ' +
    'warden priest pastor bishop imam cleric clerics witness survivor journalist reporter researcher researchers ' +
    'expert doctor surgeon surgeons physician physicians pathologist midwife teacher opposition resistance rebels rebel ' +
    'campaigners campaigner ngo ngos charities municipal clinic morgue ' +
    'projections projection forecast forecasts survey analysis study findings update bulletin database ' +
    'command headquarters spokespeople communique communiqué television tv radio broadcaster newspaper channel outlet ' +
    'consultancy firm coastguard coastguards firefighters firefighter firemen tank project tracker prefecture document hall diplomat party room'
  ).split(' '),
)
// Each listed word with an "s" added and, ending in one, taken away: one look-up per word asked about
// instead of a slice and a concatenation (every word of a sentence is asked about).
const SOURCE_FORMS = new Set<string>()
for (const w of SOURCE_WORDS) {
  SOURCE_FORMS.add(w)
  SOURCE_FORMS.add(`${w}s`)
  if (w.endsWith('s')) SOURCE_FORMS.add(w.slice(0, -1))
}
/** A source noun, singular or plural: "group"/"groups", "body". */
export function isSourceWord(low: string): boolean {
  return SOURCE_FORMS.has(low)
}

const SEEN = new Set(['seen', 'obtained', 'reviewed', 'accessed', 'consulted'])

export const DATA_NOUNS = new Set(
  'figures figure data tally toll report reports statement estimates estimate count counts statistics numbers records record assessments assessment projections projection forecast forecasts survey analysis study findings update bulletin database communique communiqué document documents'.split(
    ' ',
  ),
)
/** A document a body issues: "the report also found", "the statement said" stand for its author. */
export const DOCUMENT_NOUNS = new Set(
  'report statement survey study assessment bulletin update communique communiqué analysis document'.split(
    ' ',
  ),
)
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'another',
  'its',
  'their',
  'his',
  'her',
  'latest',
  'new',
  'official',
  'recent',
  'preliminary',
  'initial',
])
/** Capitalised, or an Arabic-style particle before a capital ("al-Qudra", "bin Salman"). */
// Out of the function: esbuild (tsx, the build) turns a \p{...} literal into `new RegExp`, made on each call.
const ACRONYM = /^[A-Z]{2,8}$/
const PARTICLE_NAME = /^(al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu|abd|de|van|von|da|di|du|le|la)-\p{Lu}/u

export function isNameToken(tok: Token): boolean {
  return isCapitalized(tok) || PARTICLE_NAME.test(tok.text)
}

/** A person's name as written, honorifics and their dots included: "Dr. Karim Nasser", "Lieutenant Marc Ilunga". */
export function isNameSpan(span: readonly Token[]): boolean {
  return (
    span.length > 0 &&
    isNameToken(span[span.length - 1]) &&
    span.every(
      (t, k) => isNameToken(t) || (t.text === '.' && !t.space && k > 0 && HONORIFICS.has(span[k - 1].low)),
    )
  )
}

const PEOPLE_OF = words('team teams staff')
// "an MSF clinic in Turgeau", "Red Crescent volunteers in Derna": a body's outpost or people, not a body of its own.
const OUTPOSTS = words('clinic clinics workers volunteers')
// ("Aid workers" is no body's people: a one-word name speaks through its clinic only.)
const CLINICS = words('clinic clinics')
const BODY_LINKS = words('with from at of')
const SPOKESPEOPLE = words('spokesman spokeswoman spokesperson')
/** News agencies, lower case: the outlet that publishes a figure, never its source (reports/body-names.ts). */
export const NEWS_AGENCIES = words(`
  reuters ap afp xinhua anadolu efe dpa ansa upi bernama pti ani ians wire bss kyodo yonhap tass ria
`)
// Capitalised words that name a kind of body, not one: "a local NGO", "NGO Flash Update" (reports/body-names.ts).
export const KIND_ACRONYMS = words('NGO NGOs INGO INGOs CSO CSOs')
const GENERIC_POSSESSIVES = new Set("country's nation's".split(' '))
const DESCRIPTOR_HEADS = new Set(
  'agency group monitor service network broadcaster channel outlet body organisation organization newspaper daily station team teams staff charity watchdog clinic clinics workers volunteers'.split(
    ' ',
  ),
)
const ADJECTIVE_SUFFIX = /-(based|led|backed|run|affiliated|aligned|allied|controlled|funded|linked)$/i

/**
 * The name inside a subject or object noun phrase. Drops parentheses, articles and "-based" adjectives;
 * keeps a person's name without titles ("Education Minister Abbas Halabi" -> "Abbas Halabi"), and a proper
 * name over its descriptor ("Syria's state news agency SANA" -> "SANA", "White Helmets rescue group" ->
 * "White Helmets").
 */
export function sourceName(tokens: Token[], lows: string[], from: number, to: number): string | null {
  // "State media cited the provincial disaster agency as saying": the one cited speaks.
  for (let k = from; k < to; k++) {
    if (lows[k] !== 'cited' && lows[k] !== 'quoted') continue
    for (let q = k + 2; q < to; q++) {
      if (lows[q] === 'as') return sourceName(tokens, lows, k + 1, q)
    }
  }
  // "The U.N. refugee agency UNHCR and the IOM": a descriptor before the first conjunct's acronym goes.
  for (let k = from + 2; k < to - 1; k++) {
    if (lows[k] !== 'and' || !ACRONYM.test(tokens[k - 1].text)) continue
    const first = sourceName(tokens, lows, from, k)
    if (first === tokens[k - 1].text && k - from > 2)
      return `${first} and ${joinTokenText(tokens.slice(k + 1, to))}`
    break
  }
  // "a UN report seen by Reuters": the report's author, not the outlet that saw it.
  for (let k = from + 1; k + 1 < to; k++) {
    if (lows[k + 1] === 'by' && SEEN.has(lows[k]) && DATA_NOUNS.has(lows[k - 1])) {
      to = k
      break
    }
  }
  const idx: number[] = []
  let depth = 0
  for (let k = from; k < to; k++) {
    if (lows[k] === '(') depth++
    else if (lows[k] === ')') depth = Math.max(0, depth - 1)
    // "Dr. Hassan": the dot of an honorific is no word of the name.
    else if (lows[k] === '.' && !tokens[k].space && HONORIFICS.has(lows[k - 1] ?? '')) continue
    else if (depth === 0 && !(SUBJECT_VERB_FILLERS.has(lows[k]) && k === to - 1)) idx.push(k)
  }
  // "the PDMA's situation report", "OCHA's latest figures": the owner of the document is the source.
  const owner = idx.findIndex((k) => /['\u2019]s$/.test(tokens[k].text) && isNameToken(tokens[k]))
  if (
    owner >= 0 &&
    owner < idx.length - 1 &&
    DATA_NOUNS.has(lows[idx[idx.length - 1]]) &&
    idx.slice(owner + 1).every((k) => /^[a-z]/.test(tokens[k].text))
  )
    return tokens[idx[owner]].text.replace(/['\u2019]s$/, '')
  // "the official said": a determiner's word that is the phrase's last is its head, kept.
  while (
    idx.length > 0 &&
    // "its own count": "own" after a possessive is a determiner's too.
    (DETERMINERS.has(lows[idx[0]]) || ADJECTIVE_SUFFIX.test(tokens[idx[0]].text) || lows[idx[0]] === 'own') &&
    // "New Zealand's foreign ministry": a determiner that opens a place's name is part of it.
    !startsPlace(tokens[idx[0]], tokens[idx[1] ?? -1]) &&
    !(idx.length === 1 && isHeadWord(lows[idx[0]])) &&
    // "an official of the eastern administration": a head word with its complement, not an adjective.
    !(isHeadWord(lows[idx[0]]) && HEAD_COMPLEMENTS.has(lows[idx[1]] ?? ''))
  )
    idx.shift()
  // "a confidential UN report", "a leaked Amnesty memo": an adjective of the document, not of the name.
  while (
    idx.length > 1 &&
    /^[a-z]+$/.test(tokens[idx[0]].text) &&
    !isSourceWord(lows[idx[0]]) &&
    // ("two Arab diplomats" counts them: the number stays.)
    !mayStartAmount(lows[idx[0]]) &&
    isNameToken(tokens[idx[1]])
  )
    idx.shift()
  // "the country's ruling military": a possessive of a common noun is no part of the name.
  while (idx.length > 1 && GENERIC_POSSESSIVES.has(lows[idx[0]])) idx.shift()
  if (idx.length === 0) return null
  // "A spokesman for the regional administration", named by no name: the body speaks.
  if (idx.length > 2 && SPOKESPEOPLE.has(lows[idx[0]]) && (lows[idx[1]] === 'for' || lows[idx[1]] === 'of')) {
    if (!idx.slice(2).some((k) => isNameToken(tokens[k])))
      return cleanSource(tokens, idx[2], idx[idx.length - 1] + 1)
  }
  // "Volunteers with the Syrian Civil Defence", "staff at Nasser Hospital": a body's people speak for it.
  if (
    idx.length >= 3 &&
    (PEOPLE_OF.has(lows[idx[0]]) || OUTPOSTS.has(lows[idx[0]])) &&
    BODY_LINKS.has(lows[idx[1]]) &&
    idx
      .slice(2)
      .every(
        (k, n) => isNameToken(tokens[k]) || (n === 0 && lows[k] === 'the') || NAME_CONNECTORS.has(lows[k]),
      )
  )
    return cleanSource(tokens, idx[2], idx[idx.length - 1] + 1)
  // A person after a title: "Environment Minister Murat Kurum", "Uror County Commissioner Gatwech Tut Puok".
  let lastTitle = -1
  for (let k = 0; k < idx.length; k++) if (isTitle(lows[idx[k]])) lastTitle = k
  const afterTitle = idx.slice(lastTitle + 1)
  if (lastTitle >= 0 && afterTitle.length >= 1 && afterTitle.every((k) => isNameToken(tokens[k]))) {
    return joinTokens(tokens, afterTitle)
  }
  // A trailing proper name after lower-case descriptors: "monitoring group Airwars", "spokesman Ashraf al-Qudra".
  // Connectors inside a name ("Relief and Rehabilitation Commission") belong to it.
  let tail = idx.length
  while (tail > 0) {
    const tok = tokens[idx[tail - 1]]
    const connector =
      (NAME_CONNECTORS.has(lows[idx[tail - 1]]) && tail > 1 && isNameToken(tokens[idx[tail - 2]])) ||
      isNameParticle(lows, tokens, idx, tail - 1)
    // "State Attorney General's Office": a possessive inside a name, not a country's ("Turkey's").
    const possessive = /['\u2019]s$/.test(tok.text)
    const inName = possessive && tail < idx.length && !lookupPlace(tok.text.replace(/['\u2019]s$/, ''))
    if ((!isNameToken(tok) && !connector) || (possessive && !inName) || KIND_ACRONYMS.has(tok.text)) break
    tail--
  }
  const hasDescriptor = idx
    .slice(0, tail)
    .some(
      (k, n) =>
        !isNameToken(tokens[k]) &&
        /^[a-z]/.test(tokens[k].text) &&
        !NAME_CONNECTORS.has(lows[k]) &&
        !isNameParticle(lows, tokens, idx, n),
    )
  const before = tail > 0 ? lows[idx[tail - 1]] : ''
  if (tail < idx.length && tail > 0 && hasDescriptor && !PREPOSITION_BEFORE_NAME.has(before)) {
    return joinTokens(tokens, idx.slice(tail))
  }
  // "MSF teams in Lebanon": where a body's people work is no part of its name.
  const where = idx.findIndex(
    (k, n) =>
      n > 1 && lows[k] === 'in' && (PEOPLE_OF.has(lows[idx[n - 1]]) || OUTPOSTS.has(lows[idx[n - 1]])),
  )
  if (where > 0) idx.length = where
  // A proper name before a generic descriptor: "White Helmets rescue group", "MSF teams"; plain adjectives
  // before the name are no part of it ("the independent X advocacy group", "the exiled X charity").
  let lead = 0
  while (lead < idx.length - 2 && isLeadingAdjective(tokens[idx[lead]], lows[idx[lead]])) lead++
  let head = lead
  while (head < idx.length && inNameAt(tokens, lows, idx, lead, head)) head++
  // "MSF teams", "UNHCR staff": a body's people speak for it ("UN refugee agency" is another body).
  // "an Oxfam clinic in Delmas": a one-word name's outpost speaks for it too.
  const acronym =
    head === 1 &&
    idx.length === 2 &&
    ((/^[A-Z]{2,}$/.test(tokens[idx[0]].text) && PEOPLE_OF.has(lows[idx[1]])) || CLINICS.has(lows[idx[1]]))
  if ((head - lead >= 2 || acronym) && head < idx.length && DESCRIPTOR_HEADS.has(lows[idx[idx.length - 1]])) {
    const rest = idx.slice(head)
    if (rest.every((k) => !isNameToken(tokens[k]))) return joinTokens(tokens, idx.slice(lead, head))
  }
  return cleanSource(tokens, idx[0], dropTownPhrase(tokens, lows, idx) + 1)
}

const HEAD_COMPLEMENTS = new Set(['of', 'for', 'with', 'from'])

/** "New Zealand's", "New York": the capitalised first word and the next make a place. */
function startsPlace(first: Token, next: Token | undefined): boolean {
  if (!next || !isCapitalized(first) || !isCapitalized(next)) return false
  return lookupPlace(`${first.text} ${next.text.replace(/['\u2019]s$/, '')}`) !== null
}

/** A source noun that may head a phrase alone ("official"), unlike an article or a connector. */
function isHeadWord(low: string): boolean {
  return isSourceWord(low) && !FUNCTION_WORDS.has(low)
}
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'of', 'for', 'and'])

/** A lower-case adjective before a name: not a source word ("local", "health"), a possessive or a figure. */
function isLeadingAdjective(tok: Token, low: string): boolean {
  return /^[a-z][a-z-]*$/.test(tok.text) && !isSourceWord(low) && !NAME_CONNECTORS.has(low)
}

/** "Local officials in Nasir" -> "Local officials", "witnesses near Zanbaq Square" -> "witnesses"; "Health Ministry in Gaza" stays. */
function dropTownPhrase(tokens: Token[], lows: string[], idx: number[]): number {
  for (let n = 1; n < idx.length; n++) {
    const w = lows[idx[n]]
    if (w !== 'in' && w !== 'near' && w !== 'at') continue
    if (w === 'near') return idx[n - 1]
    const place = idx
      .slice(n + 1)
      .map((k) => tokens[k].text)
      .join(' ')
    if (
      w === 'in' &&
      lookupPlace(place)?.kind === 'city' &&
      !lookupPlaces(place).some((p) => p.kind !== 'city')
    ) {
      return idx[n - 1]
    }
  }
  return idx[idx.length - 1]
}

// French, Spanish and Portuguese ones too: "Collectif Justice pour Barsalogho", "Red de Derechos Humanos".
const NAME_CONNECTORS = new Set(
  'and of for the de du des al to pour par sur contre et la le les del para por y sin sans da do dos das'.split(
    ' ',
  ),
)
// Lower-case particles inside a person's name: "Vivian van de Perre", "Ursula von der Leyen".
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'du',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
])

/** A particle between a name (or another particle) and a name: the person's name goes on through it. */
function isNameParticle(lows: string[], tokens: Token[], idx: number[], at: number): boolean {
  if (!NAME_PARTICLES.has(lows[idx[at] ?? -1] ?? '')) return false
  const prev = idx[at - 1]
  const next = idx[at + 1]
  if (prev === undefined || next === undefined) return false
  const before = tokens[prev]
  const after = tokens[next]
  if (!before || !after) return false
  const prevOk = isNameToken(before) || NAME_PARTICLES.has(lows[prev] ?? '')
  const nextOk = isNameToken(after) || NAME_PARTICLES.has(lows[next] ?? '')
  return prevOk && nextOk
}
const PREPOSITION_BEFORE_NAME = words('of for in at near within from on and the by')

function isTitle(low: string): boolean {
  return TITLE_WORDS.has(low) || HONORIFICS.has(low)
}
/** A person's title: "minister", "governor", "prosecutor". */
export const isTitleWord = isTitle
// Descriptors written before a name that are no part of it: "NGO Caminando Fronteras", "col. Ahmed".
const TITLE_WORDS = new Set([...PERSON_TITLES, 'col.', 'gen.', 'brig.', 'lt.', 'ngo'])

function joinTokens(tokens: Token[], idx: number[]): string {
  return joinTokenText(idx.map((k) => tokens[k]))
}

/** Strips determiners and data nouns: "an Observatory toll" -> "Observatory", "figures from the UN" -> "UN". */
function cleanSource(all: Token[], from: number, to: number): string | null {
  let toks = all.slice(from, to)
  // "figures from the ministry", "a statement by the army"
  for (let k = 0; k < toks.length - 1; k++) {
    const next = lowAt(toks, k + 1)
    if ((next === 'from' || next === 'by' || next === 'of') && DATA_NOUNS.has(lowAt(toks, k))) {
      toks = toks.slice(k + 2)
      break
    }
    // "figures published by the ministry"
    if (
      DATA_NOUNS.has(lowAt(toks, k)) &&
      toks[k + 2]?.text.toLowerCase() === 'by' &&
      /ed$|^given$/.test(next)
    ) {
      toks = toks.slice(k + 3)
      break
    }
  }
  while (
    toks.length > 0 &&
    DETERMINERS.has(lowAt(toks, 0)) &&
    !startsPlace(toks[0], toks[1]) &&
    !(toks.length === 1 && isHeadWord(lowAt(toks, 0))) &&
    !(isHeadWord(lowAt(toks, 0)) && HEAD_COMPLEMENTS.has(toks[1] ? lowAt(toks, 1) : ''))
  )
    toks = toks.slice(1)
  while (toks.length > 1 && DATA_NOUNS.has(lowAt(toks, toks.length - 1))) {
    toks = toks.slice(0, -1)
    // "the county council's latest update": the owner's determiner goes with its document.
    while (
      toks.length > 1 &&
      /^[a-z]+$/.test(toks[toks.length - 1].text) &&
      DETERMINERS.has(lowAt(toks, toks.length - 1))
    )
      toks = toks.slice(0, -1)
  }
  let text = joinTokenText(toks).replace(/['\u2019]s$/, '')
  while (/\s(of|for|and)$/i.test(text)) text = text.replace(/\s\S+$/, '')
  if (toks.length === 0 || /^(of|for|and)$/i.test(text)) return null
  if (toks.length === 1 && DATA_NOUNS.has(lowAt(toks, 0))) return null
  return text
}

// Helpers out of their callers: a closure made per call costs a defineProperty of its name under tsx and
// the build (esbuild's keepNames), and these run for every attribution read.
const lowAt = (toks: Token[], k: number) => toks[k].text.toLowerCase()
const inNameAt = (tokens: Token[], lows: string[], idx: number[], lead: number, n: number) =>
  isNameToken(tokens[idx[n]]) ||
  (n > lead && NAME_CONNECTORS.has(lows[idx[n]]) && n + 1 < idx.length && isNameToken(tokens[idx[n + 1]]))

/** Canonical spelling: straight apostrophes, no leading article, one spelling for the UN. */
export const normalizeSource: (name: string) => string = memoize(normalized)

function normalized(name: string): string {
  let s = name
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
  s = s.replace(/^(the|a|an)\s+/i, '')
  // "Afghanistan's Ministry of Public Health" -> the ministry's own name; "Turkey's Defense Ministry" stays.
  const possessive = /^(\p{Lu}[\p{L}-]*)'s\s+(.*)$/u.exec(s)
  if (possessive && lookupPlace(possessive[1])?.kind === 'country') {
    const rest = possessive[2].split(' ')
    if (rest.length >= 3 && UPPER_FIRST.test(rest[0])) s = possessive[2]
  }
  if (/^(u\.n\.?|un|united nations|world body|world frame|global body)$/i.test(s)) return 'UN'
  if (/^u\.n\.?\s/i.test(s)) s = `UN ${s.slice(s.indexOf(' ') + 1)}`
  return s
}
