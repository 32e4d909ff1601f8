// Numbers that are never figures, whatever trigger stands near them: percentages, money, times, ages,
// dates, years, ordinals, model names, page counters; and figures of the wrong kind: populations, people
// in need, differences between two tallies.

import { THINGS } from './nouns.ts'
import { numberWordValue } from './number-words.ts'
import type { NumberPhrase } from './numbers.ts'
import type { Token } from './tokens.ts'
import { MONTH_NUMBERS, SHELTER_SITES, words } from './words.ts'

function countsAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  return t !== undefined && (t.kind === 'num' || numberWordValue(t.low) !== undefined)
}

const NUMBERED_PLACES = words(`
  ward block sector zone camp route gate phase building section highway road street avenue precinct
  lot pier terminal kilometre km checkpoint
`)
const REPORT_ISSUES = words('update report bulletin round sitrep issue edition snapshot')
const CURRENCY_BEFORE = new Set(['$', '€', '£', '¥', '₹', 'usd', 'us$', 'eur', 'gbp', 'rs', 'sh', 'ksh'])
const CURRENCY_AFTER = words(`
  dollars dollar euros euro usd eur yuan rupees shillings francs dinars riyals rials lira liras
  rubles roubles hryvnias naira cedis pounds afghanis kyat taka birr
`)
const SCALE_WORDS = new Set(['magnitude', 'category', 'richter'])
const PERCENT = new Set(['%', 'percent', 'pc', 'percentage'])
const TIME_AFTER = words(`
  am pm a.m. p.m. gmt utc hrs o'clock local est cet
`)
const AGE_BEFORE = new Set(['aged', 'age', 'ages', 'ageing'])
const AGE_BOUNDS = words('under over below above')
const AGE_GROUPS = words('children child boys girls adults infants kids')
const YEAR_BEFORE = words(`
  in since of until till by from to year early late mid summer winter spring autumn fall during
  before after between and the fiscal
`)
const DIFFERENCE_BEFORE = new Set(['by', 'increase', 'rise', 'jump', 'drop', 'decrease', 'fall', 'gap'])
const POPULATION_BEFORE = [
  'home to',
  'population of',
  'populated by',
  'inhabited by',
  'a city of',
  'a town of',
].map((p) => p.split(' '))
const NEED_AFTER = [
  'in need',
  'need',
  'needing',
  'require',
  'requiring',
  'depend',
  'rely',
  'face',
  'facing',
  'live',
  'living',
].map((p) => p.split(' '))

function low(tokens: Token[], i: number, from: number, to: number): string {
  return i >= from && i < to ? tokens[i].low : ''
}

// Made here, not as `const at = ...` inside trapReason: under tsx (tests, benches) every named local
// function is renamed with Object.defineProperty on each call, which cost 3% of extraction time.
function lowsWithin(tokens: Token[], from: number, to: number): (i: number) => string {
  return (i) => low(tokens, i, from, to)
}

const TITLE_PARTS = new Set(['–', '—', '-', '|', ':'])
const titledAt = (tokens: Token[], k: number, from: number) =>
  k >= from && tokens[k].text[0] !== tokens[k].low[0]

/** Why this number is not a figure, or null when it may be one. */
export function trapReason(
  tokens: Token[],
  p: NumberPhrase,
  sentenceFrom: number,
  sentenceTo: number,
): string | null {
  const at = lowsWithin(tokens, sentenceFrom, sentenceTo)
  const core = tokens[p.coreFrom]
  if (Number.isNaN(p.low) || p.low <= 0 || p.low > 5e9) return 'not a count'
  const before = at(p.coreFrom - 1)
  const after = at(p.to)
  const after2 = at(p.to + 1)
  if (p.digits !== null) {
    const d = p.digits
    if (d.includes(':')) return 'time'
    if (/^\d{4}-\d\d-\d\d/.test(d)) return 'date'
    if (d.length > 1 && d[0] === '0' && !d.includes('.')) return 'code'
    // Glued to a letter or a hyphenated name ("Su-24", "M5"), after a slash ("847/940"), or "#5".
    if (!core.space && p.coreFrom > sentenceFrom) {
      const prev = tokens[p.coreFrom - 1]
      if (prev.kind === 'word' || prev.text === '/' || prev.text === '#' || prev.text === '-') return 'code'
    }
    if (after === '/' && !tokens[p.to]?.space) return 'fraction'
    if (after === '.' && /^\d/.test(after2) && !tokens[p.to].space) return 'version'
    if (isYear(p, at)) return 'year'
  }
  if (PERCENT.has(after) || (after === 'per' && after2 === 'cent')) return 'percentage'
  if (CURRENCY_BEFORE.has(before) || CURRENCY_AFTER.has(after)) return 'money'
  if (p.coreFrom > sentenceFrom && /^[$€£]/.test(tokens[p.coreFrom - 1].text)) return 'money'
  if (TIME_AFTER.has(after)) return 'time'
  if (AGE_BEFORE.has(before)) return 'age'
  // "children under 15", "adults over 60": the bound of an age group.
  if (AGE_BOUNDS.has(before) && AGE_GROUPS.has(at(p.coreFrom - 2))) return 'age'
  if (
    after === '-' &&
    /^(year|month|week|day|hour|minute|storey|story|km|mile|metre|meter|magnitude)/.test(after2)
  ) {
    return 'measure'
  }
  // "a magnitude 7.6 earthquake", "a 6.8 magnitude quake", "a Category 4 storm": a strength, not a count.
  if (SCALE_WORDS.has(before) || SCALE_WORDS.has(after)) return 'measure'
  if ((after === 'years' || after === 'year' || after === 'months') && at(p.to + 1) === 'old') return 'age'
  if (
    MONTH_NUMBERS.get(after) !== undefined &&
    !p.article &&
    p.low <= 31 &&
    tokens[p.to].text[0] !== tokens[p.to].low[0]
  ) {
    return 'date'
  }
  if (MONTH_NUMBERS.get(before) !== undefined && p.low <= 31 && !p.article) return 'date'
  if (before === '.' && MONTH_NUMBERS.get(at(p.coreFrom - 2)) !== undefined && p.low <= 31) return 'date'
  // "according to four witnesses": the number counts the sources, not the victims.
  if (before === 'to' && at(p.coreFrom - 2) === 'according') return 'sources'
  // "the 444 Brigade", "Resolution 2254": a number naming a unit or a text.
  const next = tokens[p.to]
  if (
    next &&
    p.to < sentenceTo &&
    next.kind === 'word' &&
    next.text[0] !== next.low[0] &&
    THINGS.has(next.low.replace(/['\u2019]s$/, ''))
  ) {
    return 'name'
  }
  if (p.digits && /^\d+(st|nd|rd|th)$/i.test(p.digits)) return 'ordinal'
  if (before === 'number' || before === 'no' || before === 'resolution' || before === 'article')
    return 'label'
  // "Displacement Update 2", "Flash Update 6", "Round 27": the number of an issue of a report, in its title.
  // Title case on the words before it too: "Round 20 people were missing" opens a sentence.
  // After a dash or bar in a title ("displacement update – Round 19") as after a capitalised word.
  const parted = p.coreFrom - 2 >= sentenceFrom && TITLE_PARTS.has(tokens[p.coreFrom - 2].low)
  if (
    REPORT_ISSUES.has(before) &&
    titledAt(tokens, p.coreFrom - 1, sentenceFrom) &&
    (titledAt(tokens, p.coreFrom - 2, sentenceFrom) || parted)
  ) {
    return 'label'
  }
  // "households in Ward 7", "Camp 4", "Route 66": digits that name a part of a place after its capitalised noun.
  const named = tokens[p.coreFrom - 1]
  if (p.digits && named && named.text[0] !== named.low[0] && NUMBERED_PLACES.has(before)) return 'label'
  if (before === 'one' && after === 'of') return 'partitive'
  // "Seven members of one family": "one" tells whose members the figure before counts.
  if (p.low === 1 && !p.digits && before === 'of' && countsAt(tokens, p.coreFrom - 3)) return 'partitive'
  // "one of the deadliest attacks" is not a count, but "one of its crew members" is: superlatives decide.
  if (
    p.low === 1 &&
    after === 'of' &&
    (after2 === 'the' || after2 === 'its') &&
    /(est|most)$/.test(at(p.to + 2))
  ) {
    return 'partitive'
  }
  // Differences between two tallies: "rose by 12", "an increase of 300", "12 more than last week".
  if (DIFFERENCE_BEFORE.has(before) && p.from === p.coreFrom) return 'difference'
  if (before === 'of' && DIFFERENCE_BEFORE.has(at(p.coreFrom - 2))) return 'difference'
  if ((after === 'more' || after === 'fewer' || after === 'less') && at(p.to + 1) === 'than')
    return 'difference'
  // "one in seven": a proportion
  if (before === 'in' && tokens[p.coreFrom - 2]?.kind === 'num') return 'proportion'
  if (before === 'in' && /^(one|two|three|four|five|six|seven|eight|nine|ten)$/.test(at(p.coreFrom - 2)))
    return 'proportion'
  if (
    after === 'in' &&
    tokens[p.to + 1] &&
    (tokens[p.to + 1].kind === 'num' || /^(two|three|four|five|six|seven|eight|nine|ten)$/.test(after2))
  ) {
    return 'proportion'
  }
  if (after === 'lower' || after === 'higher' || after === 'fewer' || after === 'up' || after === 'down')
    return 'difference'
  for (const phrase of POPULATION_BEFORE) {
    const words = phrase
    const start = p.from - words.length
    if (words.every((w, k) => at(start + k) === w)) return 'population'
  }
  return null
}

/** Phrases after a figure's noun phrase that make it a count of need, population or risk, not of harm. */
export function needReason(tokens: Token[], npEnd: number, sentenceTo: number): string | null {
  const a = npEnd < sentenceTo ? tokens[npEnd].low : ''
  const b = npEnd + 1 < sentenceTo ? tokens[npEnd + 1].low : ''
  // "598,000 living in relief sites" are sheltered, not a population.
  if ((a === 'living' || a === 'live') && (b === 'in' || b === 'at')) {
    for (let k = npEnd + 2; k < Math.min(sentenceTo, npEnd + 5); k++)
      if (SHELTER_SITES.has(tokens[k].low)) return null
  }
  for (const w of NEED_AFTER) {
    const words = w
    if (words[0] === a && (words.length === 1 || words[1] === b)) return 'need'
  }
  if ((a === 'are' || a === 'were' || a === 'remain') && (b === 'in' || b === 'at')) {
    const c = npEnd + 2 < sentenceTo ? tokens[npEnd + 2].low : ''
    if (c === 'need' || c === 'risk') return 'need'
  }
  if (a === 'at' && b === 'risk') return 'risk'
  return null
}

function isYear(p: NumberPhrase, at: (i: number) => string): boolean {
  if (p.qualifier === 'range' && p.high !== null && p.high >= 1900 && p.high <= 2100 && p.low >= 1900)
    return true
  const d = p.digits ?? ''
  if (!/^\d{4}$/.test(d) || p.low < 1900 || p.low > 2100 || p.to !== p.coreFrom + 1) return false
  const before = at(p.coreFrom - 1)
  if (YEAR_BEFORE.has(before) || MONTH_NUMBERS.get(before) !== undefined) return true
  // "2000 people" is a figure; "2011 uprising", "2011." are years.
  const after = at(p.to)
  return !(after === 'people' || after === 'civilians' || after === 'families' || after === 'children')
    ? p.from === p.coreFrom
    : false
}
