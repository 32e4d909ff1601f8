// Figure then trigger: a predicate after the victims ("7 soldiers were killed", "53 health facilities
// have suspended work").

import { CONFIDENCE } from '../confidence.ts'
import type { Candidate, Link, LinkContext } from '../link-types.ts'
import { type HeadClass, headClass } from '../nouns.ts'
import type { Token } from '../tokens.ts'
import { triggerAt } from '../triggers.ts'
import { readNounPhrase } from '../who.ts'
import { PREDICATE_FILLERS, words } from '../words.ts'
import { arrival, countryAhead, crossesBorder, crossesLater, LEAVING, npCountry } from './border.ts'
import { groupTailEnd, skipModifierBeforeAux, skipParenthetical } from './post-gaps.ts'
import { AUX, completesVerb, MODALS, npEnd, objectFollows, resolveMetric, skipQuote } from './shared.ts'
import { HOSTED, MOVE_ENTRY, nounTrigger, SHELTER_ENTRY, shelterAt } from './shelter.ts'

const SHELTERING = new Set(['sheltering', 'hosting', 'accommodating'])

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

const CLAUSE_OPENERS = words('and with while including another of whom')
function opensClause(tokens: Token[], lows: string[], at: number): boolean {
  return (
    at === 0 || tokens[at].newlines > 0 || tokens[at - 1].kind === 'punct' || CLAUSE_OPENERS.has(lows[at - 1])
  )
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
