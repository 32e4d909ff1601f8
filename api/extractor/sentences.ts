// Sentence and line boundaries over tokens. A figure, its trigger and its attribution almost always sit in
// one sentence, so the sentence is the unit every later step works in. Splitting on tokens (rather than
// with Intl.Segmenter) lets abbreviations such as "U.N." or "Gen." be decided with the words around them,
// and is several times faster (see bench/extract.ts).

import type { Token } from './tokens.ts'

export interface Sentence {
  /** Index of its first token. */
  from: number
  /** Index after its last token. */
  to: number
  /** Index of the line (newline-separated block) it sits in: a line is the text's paragraph. */
  line: number
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'maj',
  'brig',
  'adm',
  'cmdr',
  'rep',
  'sen',
  'gov',
  'prof',
  'st',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'vs',
  'etc',
  'al',
  'inc',
  'ltd',
  'co',
  'corp',
  'approx',
  'ind',
  'indiv',
  'est',
  'fig',
  'mt',
  'ft',
  'pres',
  'rev',
  'hon',
  'jr',
  'sr',
])

// After a dotted acronym ("according to the U.N. Many of them...") these words start a new sentence;
// any other capitalised word is taken as part of a name ("U.N. Secretary-General").
const SENTENCE_STARTERS = new Set([
  'a',
  'an',
  'the',
  'many',
  'most',
  'some',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'this',
  'that',
  'these',
  'those',
  'there',
  'in',
  'on',
  'at',
  'but',
  'and',
  'meanwhile',
  'however',
  'earlier',
  'later',
  'since',
  'after',
  'before',
  'during',
  'while',
  'as',
  'according',
  'more',
  'at',
  'among',
  'his',
  'her',
  'their',
  'our',
  'officials',
  'no',
  'one',
  'two',
  'three',
])

const TERMINALS = new Set(['.', '!', '?', '…'])
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»'])

/** Splits tokens into sentences; a line break always ends a sentence unless the next line starts in lower case. */
export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = []
  let from = 0
  // (No closure for "close the sentence here": one made per call costs a defineProperty of its name under
  // tsx and the build, esbuild's keepNames.)
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]
    if (i > from && tok.newlines > 0 && !continuesLine(tokens, i)) {
      sentences.push({ from, to: i, line: 0 })
      from = i
    }
    if (isSentenceEnd(tokens, i)) {
      let j = i + 1
      while (j < tokens.length && CLOSERS.has(tokens[j].text) && !tokens[j].space) j++
      if (j > from) sentences.push({ from, to: j, line: 0 })
      from = j
      i = j - 1
    }
  }
  if (tokens.length > from) sentences.push({ from, to: tokens.length, line: 0 })
  return fixLines(sentences, tokens)
}

function continuesLine(tokens: Token[], i: number): boolean {
  const tok = tokens[i]
  if (tok.newlines > 1) return false
  const prev = tokens[i - 1]
  if (tok.kind !== 'word' || tok.text !== tok.low) return false
  // A figure on a line of its own over its label ("24\ndeaths confirmed") is one sentence with it.
  if (prev.kind === 'num' || (prev.text === '+' && tokens[i - 2]?.kind === 'num')) return true
  return prev.kind === 'word' && prev.text === prev.low
}

function isSentenceEnd(tokens: Token[], i: number): boolean {
  const tok = tokens[i]
  const next = tokens[i + 1]
  if (tok.kind === 'word' && tok.text.endsWith('.') && tok.text.length > 2) {
    // A dotted acronym ends a sentence only before a word that typically starts one.
    if (!next || next.newlines > 0) return true
    return next.space && SENTENCE_STARTERS.has(next.low)
  }
  if (tok.kind !== 'punct' || !TERMINALS.has(tok.text)) return false
  if (!next) return true
  if (tok.text !== '.') return next.space || CLOSERS.has(next.text)
  if (!next.space && !CLOSERS.has(next.text)) return false
  const prev = tokens[i - 1]
  if (prev && prev.kind === 'word' && !tok.space) {
    if (ABBREVIATIONS.has(prev.low) && next.newlines === 0) return false
    // An initial ("John F. Kennedy") is a single capital.
    if (prev.text.length === 1 && prev.text !== prev.low && next.newlines === 0) return false
  }
  return true
}

/** Recomputes each sentence's line index from the newlines before its tokens. */
function fixLines(sentences: Sentence[], tokens: Token[]): Sentence[] {
  let line = 0
  let t = 0
  for (const s of sentences) {
    while (t <= s.from && t < tokens.length) {
      if (t > 0 && tokens[t].newlines > 0) line++
      t++
    }
    s.line = line
  }
  return sentences
}
