// The linker: ties each number of a sentence to the trigger that says what happened, and to the noun phrase
// that says to whom. It tries the tight syntactic frames first (a predicate after the victims, a verb
// before them, a causative with its complement, a counted trigger noun, a toll and its value) and only
// then the looser ones (sub-counts, coordination, a trigger a few words away), which earn less confidence.

import { CONFIDENCE } from './confidence.ts'
import { tagSpan } from './grammar/pos.ts'
import { asideEnd, grammarLink } from './grammar/pos-link.ts'
import { isEventHead, takeCopularGroup } from './link-copula.ts'
import { caseOf, cause, movedTo, noun, post, pre, toll } from './link-frames/index.ts'
import { linkLoosely } from './link-loose.ts'
import type { Candidate, LinkContext, LinkedClaim } from './link-types.ts'
import { isOnePersonInList, isSingularPerson } from './nouns.ts'
import { findNumbers } from './numbers.ts'
import { keyFigure } from './reports/key-figures.ts'
import type { Token } from './tokens.ts'
import { needReason, trapReason } from './traps.ts'
import { triggerAt } from './triggers.ts'
import type { Metric, Unit } from './types.ts'
import { readNounPhrase } from './who.ts'

export type { Candidate, Link, LinkContext, LinkedClaim, LinkKind } from './link-types.ts'

const CARRIED_WHO = new Set(['others', 'other', 'more'])
const PLURALS = new Map([
  ['civilian', 'civilians'],
  ['child', 'children'],
  ['palestinian', 'palestinians'],
  ['israeli', 'israelis'],
  ['soldier', 'soldiers'],
  ['migrant', 'migrants'],
])
export function linkSentence(ctx: LinkContext, from: number, to: number): LinkedClaim[] {
  const { tokens, lows } = ctx
  const candidates: Candidate[] = []
  const lead = partitiveLead(ctx, from, to)
  const cellEnd = cellEnds(tokens, from, to)
  for (const num of findNumbers(tokens, from, to)) {
    if (trapReason(tokens, num, from, to)) continue
    const end = cellEnd(num.to)
    let np = readNounPhrase(tokens, lows, num.to, end)
    // "Of those killed, 10 were women and three were infants."
    if (lead && np.to === np.from && /^(were|was|are|is)$/.test(lows[num.to] ?? '')) {
      const after = readNounPhrase(tokens, lows, num.to + 1, end)
      if (after.cls === 'people' || after.cls === 'households') {
        np = after
        candidates.push({
          num,
          np,
          link: {
            kind: 'sub',
            metric: lead,
            from: num.from,
            to: np.to,
            modal: false,
            parent: null,
            confidence: CONFIDENCE.subCount,
          },
        })
        continue
      }
    }
    // "Among them were 17 men, seven women and three minors": the list after the lead's verb.
    if (lead && np.cls === 'people' && listedAfterLead(lows, from, num.from)) {
      candidates.push({
        num,
        np,
        link: {
          kind: 'sub',
          metric: lead,
          from: num.from,
          to: np.to,
          modal: false,
          parent: null,
          confidence: CONFIDENCE.subCount,
        },
      })
      continue
    }
    if (np.cls === 'thing' && !caseOf(lows, num.to, end)) continue
    // "evacuated to 9,424 cyclone shelters": where people went, not shelters hit.
    if (np.cls === 'home' && movedTo(lows, num.from)) continue
    // "4 million people need aid" is not a figure; "1.8 million displaced people living in camps" is.
    const counted = hasTriggerWord(lows, np.from, np.to)
    if (!counted && needReason(tokens, np.to > np.from ? np.to : num.to, end)) continue
    const c: Candidate = { num, np, link: null }
    c.link =
      cause(ctx, c, end) ??
      post(ctx, c, end) ??
      pre(ctx, c, from) ??
      noun(ctx, c, end) ??
      toll(ctx, c, from) ??
      keyFigure(ctx, c, from, end)
    candidates.push(c)
  }
  // The group after a copula, before the coordinations that may follow it ("12 were children, 7 women").
  for (const c of candidates) if (c.link) takeCopularGroup(ctx, c, to)
  linkLoosely(ctx, candidates, from, to)
  for (const c of candidates) if (c.link) takeCopularGroup(ctx, c, to)
  linkByGrammar(ctx, candidates, from, to)
  return finish(ctx, candidates)
}

/**
 * Where each figure's cell ends: two spaces or a tab part the cells of a flattened table or a row of tiles
 * ("ETHIOPIA  IDPs 3.3M  Schools closed 2,140"), and what follows is another cell's. One such gap in a
 * sentence is no row of cells (a lost "fl" in PDF text, "[ 93 ]  facilities damaged"): it takes two.
 * Returns, for a token index, the end of the cell it starts in (the gaps are found once per sentence).
 */
function cellEnds(tokens: Token[], from: number, to: number): (at: number) => number {
  // Gaps, and line starts (as -k: a figure's cell does not run past its line's end, and a label on the
  // next line stays readable, "1.1M\nrefugees").
  const marks: number[] = []
  let gaps = 0
  for (let k = from + 1; k < to; k++) {
    if (tokens[k].newlines > 0) marks.push(-k)
    else if (tokens[k].start - tokens[k - 1].end >= 2) {
      marks.push(k)
      gaps++
    }
  }
  if (gaps < 2) return () => to
  // The figures are asked for in order: one pass over the marks in all.
  let m = 0
  return (at) => {
    while (m < marks.length && Math.abs(marks[m]) < at) m++
    return m < marks.length && marks[m] > 0 ? marks[m] : to
  }
}

/**
 * Figures still unlinked, or linked only by proximity, are read again with part-of-speech tags; only those
 * with a predicate trigger a few words ahead, and only that stretch is tagged (the tagger is the costly step).
 */
function linkByGrammar(ctx: LinkContext, candidates: Candidate[], from: number, to: number): void {
  let linked = false
  for (const c of candidates) {
    if (c.link && c.link.kind !== 'window') continue
    if (c.num.article || !(c.np.cls === 'people' || c.np.cls === 'unknown' || c.np.cls === 'households'))
      continue
    const end = Math.min(to, c.num.to + GRAMMAR_WINDOW)
    // Only a trigger reached without crossing a clause (a comma, a conjunction, another figure) is worth tagging.
    let ahead = false
    let reach = end
    for (let k = c.num.to + 1; k < reach && !ahead; k++) {
      const aside = asideEnd(ctx.lows, k, to)
      if (aside > 0) {
        reach = Math.min(to, reach + aside - k)
        k = aside - 1
        continue
      }
      if (ctx.tokens[k].kind !== 'word' || GRAMMAR_STOPS.has(ctx.lows[k])) break
      ahead = triggerAt(ctx.lows, k, to, 'p') !== null
    }
    if (!ahead) continue
    const tags = tagSpan(ctx.tokens, c.num.from, reach)
    const link = grammarLink(ctx, c, tags, c.num.from, reach)
    if (link) {
      c.link = link
      linked = true
    }
  }
  // A figure linked here may be the parent of a sub-count left unlinked before ("among them 15 children").
  if (linked) linkLoosely(ctx, candidates, from, to)
}
const GRAMMAR_WINDOW = 10
const GRAMMAR_STOPS = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'whom',
  'while',
  'as',
  'after',
  'before',
  'when',
  'of',
  'in',
  'to',
  'from',
  'by',
  'for',
  'with',
  'said',
  'says',
])

const LIST_VERBS = new Set(['were', 'are', 'was', 'is', 'included', 'include', 'includes'])

/** The figure stands in the list a partitive lead's verb opens: "Among them were 17 men, seven women". */
function listedAfterLead(lows: string[], from: number, at: number): boolean {
  let verb = from + 1
  while (verb < at && verb - from < 6 && !LIST_VERBS.has(lows[verb])) verb++
  if (!LIST_VERBS.has(lows[verb]) || at - verb > 12) return false
  for (let k = verb + 1; k < at; k++)
    if (lows[k] === ';' || lows[k] === 'said' || lows[k] === 'says') return false
  return true
}

/**
 * "Of those killed, ...", "Of the injured, ...", "Of these, ...": a sentence that breaks down a figure, with the
 * metric its lead names or, for "these", the metric of the sentence before.
 */
function partitiveLead(ctx: LinkContext, from: number, to: number): Metric | null {
  const { lows } = ctx
  if (lows[from] !== 'of' && lows[from] !== 'among') return null
  let k = from + 1
  if (lows[k] === 'these' || lows[k] === 'them' || (lows[k] === 'those' && lows[k + 1] === ',')) {
    // "Of these, ...", "Among them were 17 men, seven women and three minors".
    return lows[k + 1] === ',' || LIST_VERBS.has(lows[k + 1]) ? (ctx.previous?.metric ?? null) : null
  }
  if (lows[k] !== 'the' && lows[k] !== 'those') return null
  k++
  for (; k < Math.min(to, from + 6) && lows[k] !== ','; k++) {
    const t = triggerAt(lows, k, to, 'n') ?? triggerAt(lows, k, to, 'p')
    if (t?.entry.metric) return lows[t.to] === ',' || lows[t.to + 1] === ',' ? t.entry.metric : null
  }
  return null
}

const ILLNESSES = new Set(
  'cholera malnutrition symptoms dehydration diarrhoea diarrhea measles fever illness illnesses disease diseases infection infections malaria dengue hypothermia'.split(
    ' ',
  ),
)

const DEAD_HEADS = new Set(['bodies', 'body', 'corpses', 'dead', 'remains'])

/** Whether an illness follows the injured trigger within a few words: "treated for severe malnutrition". */
function treatedForIllness(lows: string[], at: number): boolean {
  for (let k = Math.max(0, at - 1); k < Math.min(lows.length, at + 5); k++) {
    const w = lows[k] ?? ''
    if (w === '.' || w === ';' || w === ',') return false
    if (ILLNESSES.has(w)) return true
  }
  return false
}

export function hasTriggerWord(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (triggerAt(lows, k, to, 'p') ?? triggerAt(lows, k, to, 'n')) return true
  return false
}

function finish(ctx: LinkContext, cs: Candidate[]): LinkedClaim[] {
  const out: LinkedClaim[] = []
  let lastWho: string | null = null
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]
    const link = c.link
    if (!link) continue
    // "a" is one only inside a coordination with another figure.
    // "a" is one inside a coordination, or before a single person a trigger governs ("A child was killed").
    if (c.num.article) {
      const coordinated = link.kind === 'coord' || cs[i + 1]?.link?.parent === c
      const direct =
        (link.kind === 'post' || link.kind === 'pre' || link.kind === 'sub') &&
        link.metric !== 'affected' &&
        isSingularPerson(c.np.head ?? '')
      const listed = link.kind === 'sub' && isOnePersonInList(c.np.head ?? '')
      if (
        !(coordinated || direct || listed) ||
        (!listed && c.np.cls !== 'people' && c.np.cls !== 'households' && c.np.cls !== 'facility')
      ) {
        continue
      }
    }
    if (c.num.fuzzy && c.np.cls !== 'people' && link.kind !== 'post' && link.kind !== 'pre') continue
    let who = c.np.who
    if (who && isEventHead(c.np.head)) {
      const rest = who.split(' ').filter((w) => !isEventHead(w) && w !== 'new' && w !== 'newly')
      // "2,072 civilian deaths": the civilians were counted.
      who =
        rest.length === 1 && PLURALS.has(rest[0])
          ? (PLURALS.get(rest[0]) ?? null)
          : rest.length > 0 && link.kind !== 'noun'
            ? rest.join(' ')
            : null
    }
    // "400 people were taken to clinics with cholera", "treated for malnutrition": the sick, not the injured.
    if (link.metric === 'injured' && treatedForIllness(ctx.lows, link.to)) continue
    // "17 bodies had been taken to Nasser hospital": the dead brought in were killed, not hurt.
    if (link.metric === 'injured' && DEAD_HEADS.has(c.np.head ?? '')) link.metric = 'killed'
    // "Five soldiers were killed ... The army said 9 others were injured": the group of the figure before.
    if (who && CARRIED_WHO.has(who)) who = link.parent?.np.who ?? lastWho ?? ctx.previous?.who ?? 'people'
    else if (!who && c.np.partitive && !lastWho && ctx.previous) who = ctx.previous.who
    else if (!who) who = link.kind === 'post' && lastWho ? lastWho : 'people'
    // A sub-count ("including six children") is not what "others" refers back to.
    if (c.np.cls !== 'facility' && c.np.cls !== 'home' && link.kind !== 'sub') lastWho = who
    const unit: Unit =
      link.metric === 'facilities'
        ? 'facilities'
        : link.metric === 'homes'
          ? 'homes'
          : c.np.cls === 'households'
            ? 'households'
            : 'people'
    let confidence = link.confidence
    if (c.np.cls === 'unknown' && c.np.to > c.np.from) confidence -= CONFIDENCE.unknownNoun
    if (c.num.fuzzy) confidence -= CONFIDENCE.fuzzyNumberWord
    if (c.num.article) confidence -= CONFIDENCE.article
    if (c.num.qualifier === 'vague') confidence -= CONFIDENCE.vague
    out.push({
      num: c.num,
      np: c.np,
      // Written out rather than spread: a spread of an object this shape is a slow generic copy.
      link: {
        kind: link.kind,
        metric: link.metric,
        from: link.from,
        to: link.to,
        modal: link.modal,
        parent: link.parent,
        confidence: Math.max(CONFIDENCE.floor, confidence),
      },
      who,
      unit,
    })
  }
  return out
}
