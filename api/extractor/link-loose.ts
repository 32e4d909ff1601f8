// The looser links, tried once the tight frames are done: sub-counts ("including six children"), coordinated
// figures ("seven soldiers and a civilian") and, last, a trigger a few words away, which earns low confidence.

import { CONFIDENCE } from './confidence.ts'
import { takeCopularGroup } from './link-copula.ts'
import { AUX, completesVerb, npEnd } from './link-frames/index.ts'
import type { Candidate, Link, LinkContext } from './link-types.ts'
import type { HeadClass } from './nouns.ts'
import { type Token, UPPER_FIRST } from './tokens.ts'
import { triggerAt } from './triggers.ts'
import type { Metric } from './types.ts'
import { CLAUSE_BREAKS, REPORTING_VERBS } from './words.ts'

const SUBCOUNT_BEFORE = new Set([
  'including',
  'includes',
  'included',
  'include',
  'among',
  'such',
  'consisting',
  'together',
])
const CONJUNCTIONS = new Set([',', 'and', 'or', 'as', 'well', 'along', 'with', 'plus', 'addition', 'to', '&'])
/** Second pass: sub-counts, coordinated figures and, last, a trigger nearby in the same clause. */
export function linkLoosely(ctx: LinkContext, cs: Candidate[], from: number, to: number): void {
  const { lows } = ctx
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]
    if (c.link) continue
    // "a rights group said; 19 of them were women": an unlinked "a" is no figure to count a part of.
    const skip = i > 1 && cs[i - 1].num.article && !cs[i - 1].link ? 2 : 1
    const prev = i >= skip ? cs[i - skip] : null
    // Sub-counts: "killed 15 civilians, including six children", "five of them children".
    const before = lows[c.num.from - 1]
    const isSub =
      SUBCOUNT_BEFORE.has(before) ||
      (before === 'them' && lows[c.num.from - 2] === 'among') ||
      (before === 'whom' && (lows[c.num.from - 2] === 'of' || lows[c.num.from - 2] === 'among')) ||
      c.np.partitive
    // "Two aid workers were among five people killed": a part of the figure that follows.
    const next = cs[i + 1]
    if (
      /^(were|was|are|is)$/.test(lows[npEnd(c)] ?? '') &&
      lows[npEnd(c) + 1] === 'among' &&
      next?.link &&
      next.num.from - npEnd(c) <= 4 &&
      (c.np.cls === 'people' || c.np.cls === 'unknown')
    ) {
      c.link = {
        ...next.link,
        kind: 'sub',
        from: c.num.from,
        to: npEnd(c) + 2,
        parent: next,
        confidence: CONFIDENCE.subCount,
      }
      continue
    }
    // "The NRC said 4,500 of them were children.": a part of the figure told in the sentence before.
    if (
      !prev &&
      c.np.partitive &&
      ctx.previous &&
      /^(them|whom|these|those)$/.test(lows[c.num.to + 1] ?? '')
    ) {
      const metric = coordinatedMetric(ctx.previous.metric, c.np.cls)
      if (metric && (c.np.cls === 'people' || c.np.cls === 'households')) {
        c.link = {
          kind: 'sub',
          metric,
          from: c.num.from,
          to: npEnd(c),
          modal: false,
          parent: null,
          confidence: CONFIDENCE.subCountAcross,
        }
        continue
      }
    }
    // "destroyed 1,200 homes and damaged another 3,000 (others)": a bare figure after a building verb counts the same.
    if (
      prev?.link &&
      (prev.link.metric === 'homes' || prev.link.metric === 'facilities') &&
      (c.np.to === c.np.from || (c.np.to === c.np.from + 1 && lows[c.np.from] === 'others'))
    ) {
      let v = c.num.from - 1
      if (/^(another|further|additional|some)$/.test(lows[v] ?? '')) v--
      const t = triggerAt(lows, v, v + 1, 'v')
      if (t?.entry.building && c.num.from - prev.link.to < 8) {
        c.link = {
          ...prev.link,
          kind: 'coord',
          from: t.from,
          to: npEnd(c),
          parent: prev,
          confidence: CONFIDENCE.coordinated,
        }
        continue
      }
    }
    // "55 people were confirmed dead: 24 in Wajima, 22 in Suzu", "184 deaths, followed by Shangla (36),
    // Mansehra (23)": a total split by place.
    const part = prev?.link
      ? (placePart(ctx, c, prev) ?? otherUnit(ctx, c, prev))
      : placeListHead(ctx, c, from)
    if (part) {
      c.link = part
      continue
    }
    const subMetric = prev?.link ? coordinatedMetric(prev.link.metric, c.np.cls) : null
    // "some 195,000 of them have since returned home" has its own verb: not a sub-count.
    const ownVerb = c.np.partitive && AUX.has(lows[npEnd(c)]) && !triggerAt(lows, npEnd(c) + 1, to, 'p')
    // "killed 352 civilians since the invasion began on Thursday, including 14 children": a period or an
    // attribution may stand between a figure and its sub-count.
    if (isSub && !ownVerb && prev?.link && subMetric && c.num.from - prev.link.to < 14) {
      c.link = {
        ...prev.link,
        metric: subMetric,
        kind: 'sub',
        from: c.num.from,
        to: npEnd(c),
        parent: prev,
        confidence: CONFIDENCE.subCountDistant,
      }
      takeCopularGroup(ctx, c, to)
      continue
    }
    // Coordination with the figure before: "killed seven soldiers and a civilian, as well as 13 others".
    // "..., an Afghan government official said": the subject of a reporting verb is no coordinated figure.
    // "an official of the eastern administration told Reuters": the subject may take a short complement.
    const subjectOfSaying = saysSoon(lows, npEnd(c), to)
    if (
      prev?.link &&
      !subjectOfSaying &&
      !appositive(lows, ctx.tokens, prev.link.to, c.num.from) &&
      // ("the bodies of 148 men and 81 women had been recovered": the verb is the pair's, not the second's.)
      !(ownPredicate(lows, npEnd(c), to) && !sharedComplement(lows, prev, c)) &&
      isConjunctionGap(lows, prev.link.to, c.num.from, ctx.tokens)
    ) {
      const metric = coordinatedMetric(prev.link.metric, c.np.cls)
      if (metric) {
        c.link = {
          ...prev.link,
          metric,
          kind: 'coord',
          from: c.num.from,
          to: npEnd(c),
          parent: prev,
          confidence: CONFIDENCE.coordinatedComplement,
        }
      }
    }
  }
  // Coordination with the figure after: "5 soldiers and 3 civilians were killed".
  for (let i = cs.length - 2; i >= 0; i--) {
    const c = cs[i]
    const next = cs[i + 1]
    if (c.link || !next.link || (next.link.kind !== 'post' && next.link.kind !== 'coord')) continue
    if (!isConjunctionGap(lows, npEnd(c), next.num.from)) continue
    // "Protesters numbered around 10,000, and 87 were arrested"
    if (completesVerb(lows, c)) continue
    // "..., which counts about 400,000 inhabitants, at least 30 civilians were kidnapped": a figure of an
    // unknown kind joined only by a comma is no member of the list.
    if (c.np.cls === 'unknown' && c.np.to > c.np.from && !hasWordLink(lows, npEnd(c), next.num.from)) continue
    const metric = coordinatedMetric(next.link.metric, c.np.cls)
    if (metric)
      c.link = {
        ...next.link,
        metric,
        kind: 'coord',
        from: c.num.from,
        to: npEnd(c),
        parent: next,
        confidence: CONFIDENCE.coordinated,
      }
  }
  for (const c of cs) if (!c.link) c.link = nearby(ctx, c, from, to)
}

/** "2,310 families (11,550 people) displaced": the same count in people, in brackets after the households. */
function otherUnit(ctx: LinkContext, c: Candidate, prev: Candidate): Link | null {
  const { lows } = ctx
  if (!prev.link || lows[c.num.from - 1] !== '(' || lows[npEnd(c)] !== ')') return null
  if (npEnd(prev) !== c.num.from - 1 || c.num.article || c.num.fuzzy) return null
  const pair = new Set([prev.np.cls, c.np.cls])
  if (!pair.has('households') || !pair.has('people')) return null
  return { ...prev.link, kind: 'sub', from: c.num.from, to: npEnd(c), parent: prev }
}

function nameEnd(tokens: Token[], k: number): number {
  while (UPPER_FIRST.test(tokens[k]?.text ?? '')) k++
  return k
}

const PLACE_LIST_GAP = new Set([',', 'and', '(', ')', 'followed', 'by', 'then'])

/**
 * A bare figure that gives one place's part of the figure before: the first item after a colon ("dead: 24 in
 * Wajima City"), or a figure in brackets after a place's name ("followed by Shangla (36), Mansehra (23)"),
 * with only names, commas and "followed by" since the figure before. Its parent keeps the metric.
 */
/** "Marib (61 HHs)", "Swat (22)": a figure in brackets after a place's name, alone or with its unit. */
function inPlaceBrackets(ctx: LinkContext, c: Candidate): boolean {
  const { tokens, lows } = ctx
  if (c.num.article || c.num.fuzzy || lows[c.num.from - 1] !== '(' || lows[npEnd(c)] !== ')') return false
  if (c.np.to > c.np.from && c.np.cls !== 'households' && c.np.cls !== 'people') return false
  return UPPER_FIRST.test(tokens[c.num.from - 2]?.text ?? '')
}

function placePart(ctx: LinkContext, c: Candidate, prev: Candidate): Link | null {
  const { tokens, lows } = ctx
  const link = prev.link
  if (!link || c.num.article || c.num.fuzzy) return null
  if (prev.np.cls !== 'people' && prev.np.cls !== 'unknown' && prev.np.cls !== 'households') return null
  const before = lows[c.num.from - 1]
  const colonItem =
    c.np.to === c.np.from &&
    before === ':' &&
    lows[c.num.to] === 'in' &&
    UPPER_FIRST.test(tokens[c.num.to + 1]?.text ?? '')
  const bracketed = inPlaceBrackets(ctx, c)
  if (!colonItem && !bracketed) return null
  const from = Math.max(link.to, npEnd(prev))
  if (c.num.from - from > (colonItem ? 15 : 9)) return null
  for (let k = from; k < c.num.from - (colonItem ? 1 : 2); k++) {
    // Before a colon, the rest of the total's clause ("following Monday's earthquake"); in a list, names.
    if (
      colonItem
        ? CLAUSE_BREAKS.has(lows[k])
        : !PLACE_LIST_GAP.has(lows[k]) && !UPPER_FIRST.test(tokens[k].text)
    )
      return null
  }
  return {
    ...link,
    kind: 'sub',
    from: bracketed ? c.num.from - 2 : c.num.from,
    to: bracketed ? npEnd(c) + 1 : nameEnd(tokens, c.num.to + 1),
    parent: prev,
    confidence: CONFIDENCE.subCount,
  }
}

const LIST_HEAD_SPAN = 12

/**
 * "Most displacements this week occurred in Marib (61 HHs), Al Hodeidah (38 HHs)": the first place of a
 * list whose counted noun is a trigger earlier in the clause, with no figure of its own.
 */
function placeListHead(ctx: LinkContext, c: Candidate, from: number): Link | null {
  const { tokens, lows } = ctx
  if (!inPlaceBrackets(ctx, c)) return null
  for (let k = c.num.from - 3; k >= Math.max(from, c.num.from - LIST_HEAD_SPAN); k--) {
    if (CLAUSE_BREAKS.has(lows[k]) || lows[k] === ',' || tokens[k].kind === 'num') return null
    const t = triggerAt(lows, k, c.num.from, 'n')
    if (!t?.entry.metric) continue
    return {
      kind: 'sub',
      metric: t.entry.metric,
      from: c.num.from - 2,
      to: npEnd(c) + 1,
      modal: false,
      parent: null,
      confidence: CONFIDENCE.subCountAcross,
    }
  }
  return null
}

/** "drowned and 14 were rescued": a participle after the figure's own auxiliary says something else of it. */
function ownPredicate(lows: string[], at: number, to: number): boolean {
  if (!AUX.has(lows[at] ?? '') || at + 1 >= to) return false
  const verb = lows[at + 1] ?? ''
  return /^[a-z]+(ed|en|ght)$/.test(verb) && !triggerAt(lows, at + 1, to, 'p')
}

/** Two figures after one "of" ("the bodies of 148 men and 81 women"), joined by "and" alone. */
function sharedComplement(lows: string[], prev: Candidate, c: Candidate): boolean {
  return lows[prev.num.from - 1] === 'of' && npEnd(prev) === c.num.from - 1 && lows[c.num.from - 1] === 'and'
}

function hasWordLink(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lows[k] === 'and' || lows[k] === 'or' || lows[k] === 'plus') return true
  return false
}

function saysSoon(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    if (REPORTING_VERBS.has(lows[k])) return true
    if (lows[k] === ',' || lows[k] === ';' || CLAUSE_BREAKS.has(lows[k])) return false
  }
  return false
}

/**
 * "Ten people were killed, Abdi Hassan, a resident, told Reuters": an article after a name and a comma,
 * with no "and" or "or" between, describes the name; it is no figure in a list.
 */
function appositive(lows: string[], tokens: Token[], from: number, at: number): boolean {
  if ((lows[at] !== 'a' && lows[at] !== 'an') || lows[at - 1] !== ',') return false
  let name = false
  for (let k = from; k < at - 1; k++) {
    if (lows[k] === 'and' || lows[k] === 'or' || lows[k] === 'plus') return false
    if (/^\p{Lu}/u.test(tokens[k].text) && tokens[k].kind === 'word') name = true
  }
  return name && /^\p{Lu}/u.test(tokens[at - 2]?.text ?? '')
}

/** A coordinated figure shares its neighbour's trigger if it counts the same kind of thing. */
function coordinatedMetric(metric: Metric, cls: HeadClass): Metric | null {
  const building = metric === 'facilities' || metric === 'homes'
  if (cls === 'facility') return building ? 'facilities' : null
  if (cls === 'home') return building ? 'homes' : null
  return building && cls !== 'unknown' ? null : metric
}

function isConjunctionGap(lows: string[], from: number, to: number, tokens?: Token[]): boolean {
  if (to <= from || to - from > 7) return false
  let hasLink = false
  let place = 0
  for (let k = from; k < to; k++) {
    const w = lows[k]
    if (w === ',' || w === 'and' || w === 'plus' || w === 'with' || w === 'or') hasLink = true
    // "damaged 35,483 houses fully and 115,992 partially": the degree of the first is no clause of its own.
    if (CONJUNCTIONS.has(w) || (DEGREES.has(w) && k === from)) continue
    // "41,000 in Turkey and 3,574 in Syria": a short place phrase may follow the previous figure.
    if (tokens && (PLACE_GAP.has(w) || UPPER_FIRST.test(tokens[k].text)) && place < 4) {
      place++
      continue
    }
    return false
  }
  return hasLink && (place === 0 || to - from <= 7)
}
const DEGREES = new Set(['fully', 'partially', 'completely', 'totally', 'heavily', 'partly', 'entirely'])
const PLACE_GAP = new Set([
  'in',
  'at',
  'the',
  'province',
  'region',
  'state',
  'district',
  'city',
  'governorate',
])

/** A trigger within a few words, same clause, no other number between: weak evidence, low confidence. */
function nearby(ctx: LinkContext, c: Candidate, from: number, to: number): Link | null {
  const { tokens, lows } = ctx
  if (c.np.cls !== 'people' && c.np.cls !== 'households') return null
  if (c.num.article || c.num.fuzzy) return null
  const end = npEnd(c)
  for (let k = end; k < Math.min(to, end + 4); k++) {
    if (CLAUSE_BREAKS.has(lows[k]) || tokens[k].kind === 'num' || lows[k] === ',') break
    const t = triggerAt(lows, k, to, 'p')
    if (t?.entry.metric) {
      return {
        kind: 'window',
        metric: t.entry.metric,
        from: c.num.from,
        to: t.to,
        modal: false,
        parent: null,
        confidence: CONFIDENCE.window,
      }
    }
  }
  for (let k = c.num.from - 1; k >= Math.max(from, c.num.from - 4); k--) {
    if (CLAUSE_BREAKS.has(lows[k]) || tokens[k].kind === 'num' || lows[k] === ',') break
    const t = triggerAt(lows, k, c.num.from, 'v')
    if (t?.entry.metric) {
      return {
        kind: 'window',
        metric: t.entry.metric,
        from: t.from,
        to: end,
        modal: false,
        parent: null,
        confidence: CONFIDENCE.window,
      }
    }
  }
  return null
}
