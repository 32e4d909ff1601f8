// Reads the noun phrase that follows a figure: the group it counts ("seven Turkish soldiers",
// "dozens of health facilities", "a Turkish civilian member of the military").

import { type HeadClass, headClass } from './nouns.ts'
import { mayStartAmount } from './number-words.ts'
import { isAllUpper, type Token, UPPER_FIRST } from './tokens.ts'
import { triggerAt } from './triggers.ts'
import { NOT_IN_NOUN_PHRASE } from './words.ts'

export interface NounPhrase {
  /** First token of the phrase (after a linking "of"). */
  from: number
  /** Token after the phrase; equals `from` when the figure stands alone ("killed 12"). */
  to: number
  /** The counted group as written, lower case, without trigger adjectives: "turkish soldiers". */
  who: string | null
  head: string | null
  /** Token index of the head noun (equals `to` when there is none). */
  headAt: number
  cls: HeadClass
  /** "five of them", "six of whom": a sub-count of the group named before. */
  partitive: boolean
}

const MAX_WORDS = 5
// Participles that modify the counted noun rather than say what happened to it.
const PREMODIFIERS = new Set([
  'suspected',
  'alleged',
  'armed',
  'unarmed',
  'unidentified',
  'unnamed',
  'detained',
])
const TIME_DEICTICS = new Set(['last', 'next', 'this', 'past', 'previous'])
const TIME_UNIT =
  /^(days?|weeks?|weekend|months?|years?|night|summer|winter|spring|autumn|fall|(mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/
const RELATIONAL = new Set(['member', 'members', 'relatives', 'families'])
const PARTITIVE = new Set(['them', 'whom', 'those', 'which'])
const POSSESSIVE = new Set(['the', 'its', 'our', 'their', 'his', 'her', 'my', 'your'])

/** An acronym is a name even when it spells a function word: "IS militants". */
const isAcronym = (text: string) => text.length >= 2 && isAllUpper(text) && UPPER_FIRST.test(text)

export function readNounPhrase(tokens: Token[], lows: string[], at: number, limit: number): NounPhrase {
  let i = at
  let partitive = false
  // "12 more people died", "Dozens more were wounded": "more" adds to a count, it is not a difference.
  if (lows[i] === 'more' && lows[i + 1] !== 'than') i++
  // "23,200 (27%) children": a share of the whole stands between a report's figure and what it counts.
  if (lows[i] === '(' && tokens[i + 1]?.kind === 'num' && lows[i + 2] === '%' && lows[i + 3] === ')') i += 4
  if (lows[i] === 'of') {
    const next = lows[i + 1]
    if (PARTITIVE.has(next)) {
      partitive = true
      i += 2
      // "five of them children", "six of whom were children"
      while (i < limit && (lows[i] === 'were' || lows[i] === 'are' || lows[i] === 'was' || lows[i] === ','))
        i++
    } else if (POSSESSIVE.has(next) || /['\u2019]s$/.test(next ?? '')) {
      // "two of its soldiers", "one of our staff members", "38 of the dead", "18 of Gaza's 36 hospitals"
      partitive = true
      i += 2
      if (/['\u2019]s$/.test(lows[i] ?? '') && lows[i - 1] === 'the') i++
      if (tokens[i]?.kind === 'num') i++
    } else {
      i++
      if (lows[i] === 'the' || lows[i] === 'their') i++
    }
  }
  const from = i
  const words: number[] = []
  while (i < limit && words.length < MAX_WORDS) {
    const tok = tokens[i]
    if (tok.kind !== 'word' || (NOT_IN_NOUN_PHRASE.has(lows[i]) && !isAcronym(tok.text))) break
    if (i > from && tok.newlines > 0) break
    const low = lows[i]
    // Adverbs ("newly displaced people") and "other" are skipped inside the phrase; they end it otherwise.
    if ((low.endsWith('ly') || low === 'other') && headClass(low, tok.text) === 'unknown') {
      if (i + 1 < limit && tokens[i + 1].kind === 'word' && !NOT_IN_NOUN_PHRASE.has(lows[i + 1])) {
        i++
        continue
      }
      break
    }
    const next = lows[i + 1] ?? ''
    // "killed 131 civilians last month": a time phrase after the group ends it.
    if (words.length > 0 && TIME_DEICTICS.has(low) && TIME_UNIT.test(next)) break
    const nextClass =
      i + 1 < limit && tokens[i + 1].kind === 'word' ? headClass(next, tokens[i + 1].text) : 'unknown'
    const nextIsNoun =
      (nextClass !== 'unknown' || triggerAt(lows, i + 1, limit, 'n') !== null) &&
      !NOT_IN_NOUN_PHRASE.has(next)
    // A trigger ends the phrase ("four soldiers injured") unless a noun follows ("injured people").
    const trig = triggerAt(lows, i, limit, 'p') ?? triggerAt(lows, i, limit, 'v')
    // "45 arrests": a plural that is both a verb form and a counted noun is the noun right after the figure.
    const countedNoun = words.length === 0 && low.endsWith('s') && triggerAt(lows, i, limit, 'n') !== null
    if (trig && !(nextIsNoun && trig.to === i + 1) && !countedNoun) break
    // "students travelling home", "families living in tents": after the people counted, a participle starts a
    // modifier of its own.
    if (
      (low.endsWith('ing') || low.endsWith('ed')) &&
      words.length > 0 &&
      headClass(lows[words[words.length - 1]], tokens[words[words.length - 1]].text) === 'people' &&
      headClass(low, tok.text) === 'unknown'
    )
      break
    // Unknown -ed/-ing words are verbs unless a noun follows ("armed men").
    if (
      (low.endsWith('ed') || low.endsWith('ing')) &&
      headClass(low, tok.text) === 'unknown' &&
      !nextIsNoun &&
      !PREMODIFIERS.has(low)
    )
      break
    words.push(i)
    i++
  }
  // Cut trailing words after the last known noun: "370,000 human beings" keeps both, "12 soldiers Kabul" not.
  let last = words.length - 1
  // Trigger nouns ("deaths", "fatalities") are known nouns too: "2,072 civilian deaths".
  while (
    last > 0 &&
    headClass(lows[words[last]], tokens[words[last]].text) === 'unknown' &&
    !triggerAt(lows, words[last], limit, 'n')
  ) {
    const hasKnown = words.slice(0, last).some((w) => headClass(lows[w], tokens[w].text) !== 'unknown')
    if (!hasKnown) break
    last--
  }
  words.length = last + 1
  if (words.length === 0) {
    return { from, to: from, who: null, head: null, headAt: from, cls: 'unknown', partitive }
  }
  let to = words[words.length - 1] + 1
  const headAt = to - 1
  const head = lows[headAt]
  let whoWords = words.filter((w) => !isTriggerAdjective(lows, w, limit)).map((w) => lows[w])
  // "member of the military": a relational head takes its complement.
  if (RELATIONAL.has(head) && lows[to] === 'of') {
    let j = to + 1
    const extra: string[] = ['of']
    if (lows[j] === 'the' || lows[j] === 'a' || lows[j] === 'their') extra.push(lows[j++])
    let n = 0
    while (j < limit && n < 3 && tokens[j].kind === 'word' && !NOT_IN_NOUN_PHRASE.has(lows[j])) {
      if (triggerAt(lows, j, limit, 'p')) break
      extra.push(lows[j++])
      n++
    }
    if (n > 0) {
      whoWords = whoWords.concat(extra)
      to = j
    }
  }
  // "civilians and soldiers", "pupils and teachers": a coordinated group is one group.
  if ((lows[to] === 'and' || lows[to] === 'or') && headClass(head, tokens[headAt].text) === 'people') {
    const next = to + 1
    const second =
      lows[next + 1] !== undefined && headClass(lows[next + 1], tokens[next + 1]?.text ?? '') === 'people'
        ? next + 1
        : next
    if (
      second < limit &&
      tokens[second].kind === 'word' &&
      headClass(lows[second], tokens[second].text) === 'people'
    ) {
      const extra = lows.slice(next, second + 1)
      const plain = (k: number) =>
        tokens[k].kind === 'word' &&
        !mayStartAmount(lows[k]) &&
        !NOT_IN_NOUN_PHRASE.has(lows[k]) &&
        !triggerAt(lows, k, k + 1, 'p')
      if (plain(next) && plain(second)) {
        whoWords = whoWords.concat([lows[to], ...extra])
        to = second + 1
      }
    }
  }
  if (whoWords.length === 0) whoWords = [head]
  return {
    from,
    to,
    who: whoWords.join(' ').replace(/\u2019/g, "'"),
    head,
    headAt,
    cls: headClass(head, tokens[headAt].text, lows[headAt - 1]),
    partitive,
  }
}

function isTriggerAdjective(lows: string[], i: number, limit: number): boolean {
  const t = triggerAt(lows, i, limit, 'p')
  return t !== null && t.entry.metric !== null && !t.entry.building
}
