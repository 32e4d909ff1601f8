// Values of English number words, plus a tolerant lookup for the typos news copy carries ("thriteen").

export const SMALL_NUMBERS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

export const SCALES: Record<string, number> = {
  hundred: 100,
  lakh: 100_000,
  lakhs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
}

/** Suffixes glued to digits ("2m", "1.5bn", "10k") and short scale words after them ("2 mln"). */
export const SUFFIX_SCALES: Record<string, number> = {
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  mln: 1_000_000,
  bn: 1_000_000_000,
  b: 1_000_000_000,
}

// As maps, for the number lexer's hot path (see MONTH_NUMBERS in words.ts).
export const SCALE_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(SCALES))
export const SUFFIX_SCALE_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(SUFFIX_SCALES))

// Words one edit away from a number word that are ordinary English and must never be read as numbers.
const NOT_TYPOS = new Set([
  'there',
  'these',
  'those',
  'where',
  'whose',
  'fight',
  'light',
  'night',
  'right',
  'sight',
  'tight',
  'eighth',
  'seventh',
  'fifth',
  'sixth',
  'ninth',
  'tenth',
  'fifths',
  'forth',
  'forte',
  'fifty-fifty',
  'sevens',
  'tens',
  'twine',
  'twelfth',
  'thee',
  'tree',
  'three-way',
  'fives',
  'sixes',
  'eights',
  'nines',
  'eleventh',
  'weight',
  'height',
  'freight',
  'sixtieth',
  'fiftieth',
  'teen',
  'teens',
  'then',
  'when',
  'given',
  'even',
  'seven-day',
  'ninety-nine',
  'one-third',
  'cone',
  'done',
  'gone',
  'none',
  'bone',
  'lone',
  'tone',
  'zone',
  'once',
  'only',
  'four-day',
  'pour',
  'sour',
  'tour',
  'your',
  'hour',
  'foul',
  'fork',
  'form',
  'fort',
  'fire',
  'file',
  'fine',
  'five-year',
  'hive',
  'give',
  'dive',
  'live',
  'wive',
  'nice',
  'mine',
  'line',
  'pine',
  'wine',
  'vine',
  'dine',
  'nino',
  'nina',
  'sin',
  'six-month',
  'sic',
  'sit',
  'ski',
  'sis',
  'tea',
  'ted',
  'tan',
  'tin',
  'eights',
  'seen',
  'threw',
  'throe',
  'sever',
  'elven',
  'seve',
  'fist',
  'fight',
  'sight',
  'site',
  'nice',
  'nine',
  'tent',
  'tenth',
])

// Every string one edit (deletion, insertion, substitution or swap) away from a number word of five
// letters or more, built once: a typo lookup is then a single map access.
const TYPOS = new Map<string, number>()
{
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  for (const [word, value] of Object.entries(SMALL_NUMBERS)) {
    if (word.length < 5) continue
    const add = (v: string) => {
      if (!TYPOS.has(v) && SMALL_NUMBERS[v] === undefined) TYPOS.set(v, value)
    }
    for (let i = 0; i <= word.length; i++) {
      if (i > 0 && i < word.length) add(word.slice(0, i) + word.slice(i + 1))
      if (i > 0 && i + 1 < word.length) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
      // Typos that keep the first letter: the common case, and it lets a first-letter test reject most words.
      for (const c of letters) {
        if (i > 0) add(word.slice(0, i) + c + word.slice(i))
        if (i > 0 && i < word.length) add(word.slice(0, i) + c + word.slice(i + 1))
      }
    }
  }
}

const SMALL_MAP = new Map(Object.entries(SMALL_NUMBERS))

/** The value of a number word, or of "twenty-one"; undefined for anything else. */
export function numberWordValue(word: string): number | undefined {
  const direct = SMALL_MAP.get(word)
  if (direct !== undefined || word.length < 7) return direct
  const dash = word.indexOf('-')
  if (dash > 0) {
    const tens = SMALL_MAP.get(word.slice(0, dash))
    const unit = SMALL_MAP.get(word.slice(dash + 1))
    if (tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit > 0 && unit < 10) {
      return tens + unit
    }
  }
  return undefined
}

/** A misspelt number word ("thriteen", "sevne") one edit (or one swap) from a word of five letters or more. */
export function fuzzyNumberWordValue(word: string): number | undefined {
  if (word.length < 4 || word.length > 10 || NOT_TYPOS.has(word)) return undefined
  return TYPOS.get(word)
}

/** Whether a lower-case word can start an amount: cheap filter before the number lexer proper. */
export function mayStartAmount(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c >= 128 || !FIRST_LETTERS[c]) return false
  if (word.length <= 3) return SHORT_STARTS.has(word)
  // Most longer words are rejected by their shape before the look-up in the large table of typos.
  if (LONG_SHAPES.has(shapeOf(word)) && STARTS.has(word)) return true
  return word.includes('-') && numberWordValue(word) !== undefined
}

/**
 * The second and last letters, the length and the first letter of a word, as one small integer. A typo
 * differs from its number word in one place, so the typos of one word share few of these shapes, and a
 * test in a small table of them spares most words the look-up in the large one (which mostly waits on
 * memory). Exact: every word of the table has its shape listed.
 */
function shapeOf(word: string): number {
  const second = word.charCodeAt(1) & 0x7f
  const last = word.charCodeAt(word.length - 1) & 0x7f
  return (((second << 7) | last) << 11) | ((word.length & 0xf) << 7) | (word.charCodeAt(0) & 0x7f)
}

// First letters of every number word, vague amount and typo (typos keep the first letter).
const FIRST_LETTERS = new Uint8Array(128)
for (const ch of 'adefhmnostz') FIRST_LETTERS[ch.charCodeAt(0)] = 1

const AMOUNT_STARTS = new Set([
  'a',
  'an',
  'one',
  'half',
  'several',
  'few',
  'tens',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
])

// Every word of every text passes mayStartAmount: one set look-up instead of three.
const SHORT_STARTS = new Set([...AMOUNT_STARTS, ...SMALL_MAP.keys()])
const STARTS = new Set([...SHORT_STARTS, ...TYPOS.keys()])
const LONG_SHAPES = new Set<number>()
for (const w of STARTS) if (w.length > 3) LONG_SHAPES.add(shapeOf(w))
