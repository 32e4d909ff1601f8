// Credits that reach beyond their own sentence: a "Source: X" line under a fact box, a sentence that only
// says where the figures before it came from ("The figures were given by X", "That is according to X"),
// and a sub-count told in a sentence of its own ("Among the dead were nine children"), which keeps the
// source and period of the figure it breaks down.

import type { Attribution } from './attribution.ts'
import { makeMention } from './entities.ts'
import { correctedAway, isCorrected } from './joint-credits.ts'
import { mayStartAmount } from './number-words.ts'
import type { Sentence } from './sentences.ts'
import { HAS_UPPER, UPPER_FIRST } from './tokens.ts'
import type { ExtractedClaim } from './types.ts'
import { PERSON_TITLES } from './words.ts'

export interface CreditedSentence {
  claims: ExtractedClaim[]
  attributions: Attribution[]
}

const BACK = 6
const LIST_ITEMS = 12

export function applyCredits(sentences: Sentence[], lows: string[], results: CreditedSentence[]): void {
  resolveHeadline(sentences, lows, results)
  let lastFooter = -1
  for (let si = 0; si < results.length; si++) {
    const r = results[si]
    if (r.claims.length > 0) {
      inheritSubCount(sentences, lows, results, si)
      creditSentenceBefore(sentences, lows, results, si)
      continue
    }
    // "Kursk incursion, according to regional governor Alexei Smirnov:" credits the list below it.
    const intro = lows[sentences[si].to - 1] === ':' ? r.attributions.find((a) => a.name) : undefined
    if (intro?.name) {
      const end = listEnd(sentences, lows, results, si + 1, Math.min(results.length, si + 1 + LIST_ITEMS))
      for (let sj = si + 1; sj < end; sj++) for (const c of results[sj].claims) c.source ??= intro.name
      continue
    }
    const credit = r.attributions.find((a) => a.scope && a.name)
    if (!credit?.name) continue
    if (credit.scope === 'footer') {
      // Each claim is credited by the first footer below it, so the work stays linear.
      for (let sj = lastFooter + 1; sj < si; sj++)
        for (const c of results[sj].claims) c.source ??= credit.name
      lastFooter = si
      continue
    }
    const line = sentences[si].line
    // "The figure was given by the provincial governor, not the police": a correction takes it over.
    const away = correctedAway(lows, sentences[si].from, sentences[si].to)
    for (let sj = si - 1; sj >= Math.max(0, si - BACK) && sentences[sj].line === line; sj--) {
      for (const c of results[sj].claims) {
        if (away && isCorrected(c, away)) c.source = credit.name
        c.source ??= credit.name
      }
    }
  }
}

const MARKERS = new Set(['-', '•', '*', '–', '—', '▪', '·', '►'])

/**
 * The list below an intro line: lines of one marker ("- 412 attacks ...", "- 27 hospitals damaged"), items
 * without a figure included, up to a line of another kind. Without markers, the lines with figures.
 */
function listEnd(
  sentences: Sentence[],
  lows: string[],
  results: CreditedSentence[],
  from: number,
  to: number,
): number {
  const marker = MARKERS.has(lows[sentences[from]?.from ?? -1] ?? '') ? lows[sentences[from].from] : null
  let sj = from
  for (; sj < to; sj++) {
    const s = sentences[sj]
    if (sj > from && s.line === sentences[sj - 1].line) continue
    if (marker ? lows[s.from] !== marker : results[sj].claims.length === 0) break
  }
  return sj
}

/**
 * "Flooding has killed 238 people ... Another 40 are missing, the state disaster authority said.": a
 * sentence that continues the tally before it ("Another", "A further") and closes on "X said" speaks for
 * that sentence too, in the same paragraph, when it names no one.
 */
function creditSentenceBefore(
  sentences: Sentence[],
  lows: string[],
  results: CreditedSentence[],
  si: number,
): void {
  const s = sentences[si]
  if (si === 0 || sentences[si - 1].line !== s.line || !TERMINALS.has(lows[s.to - 1])) return
  const continues =
    lows[s.from] === 'another' ||
    lows[s.from] === 'further' ||
    (lows[s.from] === 'a' && lows[s.from + 1] === 'further')
  if (!continues) return
  const closing = results[si].attributions.find((a) => a.name && a.kind === 'verb' && a.at >= s.to - 2)
  const before = results[si - 1]
  if (!closing?.name || before.attributions.some((a) => a.name)) return
  for (const c of before.claims) c.source ??= closing.name
}

/** "Among the dead were nine children.", "Of those killed, 10 were women.": the parent figure's source. */
function inheritSubCount(
  sentences: Sentence[],
  lows: string[],
  results: CreditedSentence[],
  si: number,
): void {
  const r = results[si]
  // "The group said 12 of them died": a part of the figure before keeps its period.
  const before = si > 0 && sentences[si - 1].line === sentences[si].line ? results[si - 1].claims : []
  const parent = before[before.length - 1]
  if (parent?.since) {
    for (const c of r.claims) {
      if (!c.since && PARTITIVE_QUOTE.test(c.quote)) {
        c.since = parent.since
        c.since_date = parent.since_date
      }
    }
  }
  if (r.attributions.some((a) => a.name) || !r.claims.some((c) => c.source === null)) return
  const s = sentences[si]
  if (!opensOnGroup(lows, s.from, Math.min(s.to, s.from + 8))) return
  for (let sj = si - 1; sj >= Math.max(0, si - 2) && sentences[sj].line === s.line; sj--) {
    const parents = results[sj].claims.filter((c) => c.source !== null).slice(-20)
    if (parents.length === 0) continue
    for (const c of r.claims) {
      if (c.source !== null) continue
      const parent = parents.findLast((p) => p.metric === c.metric) ?? parents[parents.length - 1]
      c.source = parent.source
      if (!c.since && parent.since) {
        c.since = parent.since
        c.since_date = parent.since_date
      }
    }
    return
  }
}

const PARTITIVE_QUOTE = /\bof (them|whom|these|those)\b/i

const GROUP_NOUNS = new Set([
  'dead',
  'victims',
  'killed',
  'injured',
  'wounded',
  'casualties',
  'missing',
  'displaced',
  'detained',
  'abducted',
  'arrested',
  'kidnapped',
  'them',
  'whom',
  'these',
  'those',
])

/** "Among the dead", "Of those killed", "Among them", "The victims included": the sentence opens on the group. */
function opensOnGroup(lows: string[], from: number, to: number): boolean {
  // "Thirteen of the injured were ...", "Twelve of them were burned alive"
  for (let k = from + 1; k < Math.min(to, from + 4) && mayStartAmount(lows[from]); k++) {
    if (
      lows[k] === 'of' &&
      GROUP_NOUNS.has(lows[k + 1] === 'the' || lows[k + 1] === 'those' ? lows[k + 2] : lows[k + 1])
    )
      return true
  }
  const first = lows[from]
  if (first === 'among' || first === 'of') {
    for (let k = from + 1; k < Math.min(to, from + 4); k++) if (GROUP_NOUNS.has(lows[k])) return true
    return false
  }
  if (first === 'the' && (lows[from + 1] === 'dead' || lows[from + 1] === 'victims')) {
    return /^(include|included|includes|were|are)$/.test(lows[from + 2] ?? '')
  }
  return false
}

/**
 * A headline credits its figure in short ("- monitor", "opposition says", "UN experts"); the lede that
 * repeats the figure names the source in full ("the Syrian Observatory for Human Rights said").
 */
/**
 * A heading's short credit ("..., sheriff says", "...: Mujahid", "monitor says ...", "WHO chief: ...")
 * takes the full name that the lines just below it give.
 */
function resolveHeadline(sentences: Sentence[], lows: string[], results: CreditedSentence[]): void {
  for (let si = 0; si < results.length; si++) {
    if (!isHeading(sentences, lows, si)) continue
    for (const c of results[si].claims) {
      if (c.source && isShortForm(c.source)) c.source = fullerCredit(results, si, c) ?? c.source
    }
  }
}

/**
 * The same figure's source in the next lines; failing that, the first name credited there that the short
 * form can only stand for: its surname's bearer, a person for a role, a body holding its head word.
 */
function fullerCredit(results: CreditedSentence[], si: number, c: ExtractedClaim): string | null {
  const short = c.source ?? ''
  const end = Math.min(results.length, si + HEADING_REACH)
  for (let sj = si + 1; sj < end; sj++) {
    const twin = results[sj].claims.find(
      (b) =>
        b.metric === c.metric &&
        Math.abs(b.low - c.low) <= 0.1 * c.low &&
        !!b.source &&
        // "Somali army" holds a name already: only a name with its head word is fuller.
        fullFormOf(short, b.source, HAS_UPPER.test(short)),
    )
    if (twin) return twin.source
  }
  for (let sj = si + 1; sj < end; sj++) {
    const named = results[sj].attributions.find((a) => !!a.name && fullFormOf(short, a.name, true))
    if (named) return named.name
  }
  return null
}
const HEADING_REACH = 5

/** A surname ("Mujahid"), or a role or body in lower case ("sheriff", "WHO chief", "monitor"). */
// Out of the functions: esbuild (tsx, the build) turns a \p{...} literal into `new RegExp`, made on each call.
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u
const LOWER_FIRST = /^\p{Ll}/u
const UPPER_WORD = /^\p{Lu}[\p{Lu}-]+$/u

function isShortForm(source: string): boolean {
  const words = source.split(/\s+/)
  const last = words[words.length - 1]
  if (words.length === 1 && CAPITALISED_WORD.test(last)) return true
  return words.length <= 3 && LOWER_FIRST.test(last)
}

/**
 * Whether `name` may be what the short form stands for. Without the same figure to tie them (`strict`),
 * a plural ("officials") stands for no one name, and a body must hold the head word ("army" for the
 * "Somali National Army") unless the head is an epithet ("monitor", "group").
 */
function fullFormOf(short: string, name: string, strict: boolean): boolean {
  const words = name.split(/\s+/)
  const shortWords = short.toLowerCase().split(/\s+/)
  const last = shortWords[shortWords.length - 1]
  // "- resistance" over "a local resistance group said" with the same figure: a described body is fuller too.
  const lowNames = words.map((w) => w.toLowerCase())
  // ("four witnesses" counts the witnesses; it names no fuller one.)
  const counted = mayStartAmount(lowNames[0] ?? '') && lowNames[0] !== 'a' && lowNames[0] !== 'an'
  if (
    !strict &&
    !counted &&
    words.length > shortWords.length &&
    shortWords.every((w) => lowNames.includes(w))
  )
    return true
  if (words.length < 2 || !words.some((w) => UPPER_FIRST.test(w))) return false
  if (PERSON_TITLES.has(last)) return makeMention(name, 0).person
  if (UPPER_FIRST.test(short) && shortWords.length === 1)
    return name.toLowerCase().split(/\s+/).includes(last)
  if (!isOrganisationName(name)) return false
  return !strict || (!/[^s]s$/.test(last) && (EPITHETS.has(last) || name.toLowerCase().includes(last)))
}
const EPITHETS = new Set([
  'monitor',
  'group',
  'watchdog',
  'charity',
  'agency',
  'organisation',
  'organization',
])

/** A first line of its own, short and without a full stop: a headline. */
export function isHeadline(sentences: Sentence[], lows: string[]): boolean {
  return sentences.length > 0 && sentences[0].line === 0 && isHeading(sentences, lows, 0)
}

/** A short line of its own without a full stop: the headline, or a live blog's entry heading. */
function isHeading(sentences: Sentence[], lows: string[], si: number): boolean {
  const s = sentences[si]
  const next = sentences[si + 1]
  if (!next || next.line === s.line || (si > 0 && sentences[si - 1].line === s.line)) return false
  return s.to - s.from <= 30 && !TERMINALS.has(lows[s.to - 1])
}
const TERMINALS = new Set(['.', '!', '?', '"', '”'])

/** "Syrian Observatory for Human Rights", "UNICEF", "Armenian government": a body, not a person. */
function isOrganisationName(name: string): boolean {
  const words = name.split(/\s+/)
  if (words.length === 1) return UPPER_WORD.test(name)
  return !makeMention(name, 0).person && words.some((w) => UPPER_FIRST.test(w))
}
