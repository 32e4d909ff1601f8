// Near-duplicate detection: MinHash over "anchor" shingles, with LSH banding for candidate lookup.
//
// Why anchors: a machine rewrite (seed 002) swaps ordinary words ("air moves" for "air strikes",
// "stated" for "said", "consistent with" for "according to") but keeps numbers and names, and mostly
// keeps the words that say what happened to whom. So each sentence is reduced to those tokens, in order,
// and shingled within the sentence only: the shingles survive synonym swaps, and reordering or dropping
// paragraphs removes whole sentences' shingles instead of corrupting the ones at the seams.
//
// Why a second sketch: a trimmed copy has a low Jaccard similarity with its original but is almost
// entirely contained in it. A bottom-k sketch (the smallest hashes of the shingle set) estimates
// containment directly, and for a news article of ordinary length it holds every shingle, so the
// decision is then exact. The MinHash signature serves the LSH bands and the Jaccard estimate.

/** Number of MinHash values. */
export const SIGNATURE_LENGTH = 128
/** 64 bands of 2 rows: a pair at Jaccard 0.2 shares a band with probability 0.93, at 0.05 with 0.15. */
const ROWS_PER_BAND = 2
/** Bottom-k sketch size; typical articles have 30 to 150 shingles, so the sketch is usually the whole set. */
export const SKETCH_SIZE = 256
/** Two texts are near-duplicates when this share of the smaller one's shingles occurs in the other. */
export const NEAR_DUPLICATE_THRESHOLD = 0.45
/** Below this many shingles a text says too little to be called a copy of anything. */
export const MIN_SHINGLES = 8
/** Anchors per shingle. */
const SHINGLE = 3

export interface Fingerprint {
  /** MinHash values, signed 32-bit integers (fit a Postgres integer[]). */
  signature: number[]
  /** LSH band keys: texts sharing a key are candidates; index them (text[] with GIN). */
  bands: string[]
  /** Bottom-k sketch: the smallest shingle hashes, ascending, signed 32-bit (integer[]). */
  sketch: number[]
  /** Number of distinct shingles in the text. */
  size: number
}

// Function words and frequent sentence starts: capitalised, they are still not names.
const STOPWORDS = new Set(
  `a about above according across after afterwards again against ago all almost along already also although
  always am among amid an and another any anyone anything are around as at back be became because been before
  being below besides between beyond both but by can cannot could despite did do does doing done down during
  each earlier either else elsewhere enough even ever every few for former from further had has have having he
  her here hers herself him himself his how however if in including inside instead into is it its itself just
  last later latest least less like many may me meanwhile might more moreover most much must my near nearly
  neither never nevertheless next no nor not now of off often on once only onto or other others otherwise our
  ours out over own per perhaps please rather same several she should since so some still such than that the
  their theirs them themselves then there thereby therefore these they this those though through throughout
  thus to together too toward towards under unless until up upon us very via was we well were what whatever
  when whenever where whereas whether which while who whom whose why will with within without would yet you
  your yours mr mrs ms dr said says say told added asked speaking separately yesterday today tonight`.split(
    /\s+/,
  ),
)

// Number words become digits so that "three" and "3" are the same anchor.
const NUMBER_WORDS: Record<string, string> = {}
'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .forEach((w, i) => {
    NUMBER_WORDS[w] = String(i)
  })
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, i) => {
  NUMBER_WORDS[w] = String((i + 2) * 10)
})
Object.assign(NUMBER_WORDS, {
  hundred: '100',
  hundreds: '100',
  thousand: '1000',
  thousands: '1000',
  million: '1000000',
  millions: '1000000',
  billion: '1000000000',
  dozen: '12',
  dozens: '12',
})

// The words that say what happened to whom. Rewriters swap these for synonyms too, so each family folds
// to one canonical anchor: "wounded", "injured" and "hurt" all read as `injure`.
const EVENT_WORDS: Record<string, string> = {}
for (const [canonical, words] of Object.entries({
  kill: 'killed killing kills kill dead death deaths died die dies dying murdered slain',
  injure: 'injured injuring injure injures injuries wounded wounding wounds wound hurt',
  displace: 'displaced displacing displacement fled flee fleeing uprooted evacuated homeless',
  refugee: 'refugee refugees',
  missing: 'missing disappeared',
  detain: 'detained detaining arrested abducted kidnapped',
  civilian: 'civilians civilian',
  soldier: 'soldiers soldier troops servicemen',
  child: 'children child minors',
  woman: 'women woman',
  hospital: 'hospitals hospital clinics clinic',
  school: 'schools school',
  home: 'homes houses house',
  facility: 'facilities facility',
  ceasefire: 'ceasefire cease-fire truce',
})) {
  for (const w of words.split(' ')) EVENT_WORDS[w] = canonical
}

const ABBREVIATION_END = /(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|St|Jr|No|Gov|Sen|Rep)\.)$/

/**
 * Lines that read as prose. Menus, share buttons, copyright lines and other page clutter are short or
 * have hardly any lower-case words, and would otherwise add shingles that belong to the page, not the story.
 */
function proseLines(text: string): string[] {
  // A hard-wrapped sentence continues on a line that starts in lower case: rejoin it first.
  const lines = text.replace(/([^.!?"'”’\s])[ \t]*\n[ \t]*(?=\p{Ll})/gu, '$1 ').split(/\n/)
  return lines.filter((line) => {
    const words = line.match(/\p{L}+/gu) ?? []
    return words.length >= 6 && words.filter((w) => w.length >= 3 && /^\p{Ll}/u.test(w)).length >= 3
  })
}

/** Sentences, tolerant of the lower-case sentence starts that rewriters produce. */
function sentences(line: string): string[] {
  const out: string[] = []
  let carry = ''
  for (const piece of line.split(/(?<=[.!?]["'”’)]*)\s+/)) {
    carry = carry ? `${carry} ${piece}` : piece
    if (!ABBREVIATION_END.test(carry)) {
      out.push(carry)
      carry = ''
    }
  }
  if (carry) out.push(carry)
  return out
}

const TOKEN = /\d[\d,.]*\d|\d|\p{L}[\p{L}\p{M}'’.-]*/gu

/** A word as an anchor compares it: "Syria's" and a rewriter's "Syria s" match, "U.N." is "un". */
function clean(raw: string): string {
  return raw
    .replace(/['’]s?$/, '')
    .replace(/[.'’-]+$/, '')
    .replace(/\./g, '')
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word)

/**
 * The words a text writes capitalised somewhere other than at the start of a sentence: its names. A
 * sentence's first word is only taken as a name when it is one of these, whatever its case there, since
 * rewriters lower-case sentence starts ("however", "pakistan has") and every sentence starts capitalised.
 */
function namesOf(sentenceList: string[]): Set<string> {
  const names = new Set<string>()
  for (const sentence of sentenceList) {
    const tokens = sentence.match(TOKEN) ?? []
    for (const raw of tokens.slice(1)) {
      const word = clean(raw)
      if (word.length >= 2 && isCapitalised(word) && !STOPWORDS.has(word.toLowerCase()))
        names.add(word.toLowerCase())
    }
  }
  return names
}

/** The anchor tokens of one sentence, in order: numbers, event words, names. */
function anchors(sentence: string, names: Set<string>): string[] {
  const out: string[] = []
  for (const [i, raw] of (sentence.match(TOKEN) ?? []).entries()) {
    if (/^\d/.test(raw)) {
      out.push(raw.replace(/,/g, ''))
      continue
    }
    const word = clean(raw)
    if (word.length < 2) continue
    const lower = word.toLowerCase()
    const canonical = NUMBER_WORDS[lower] ?? EVENT_WORDS[lower]
    if (canonical) out.push(canonical)
    else if (i === 0 ? names.has(lower) : isCapitalised(word) && !STOPWORDS.has(lower)) {
      out.push(lower.replace(/^(?:al|el)-/, ''))
    }
  }
  return out
}

/** The distinct shingles of a text: runs of three anchors within one sentence (or a sentence's two). */
export function shingleTexts(text: string): Set<string> {
  const sentenceList = proseLines(text).flatMap(sentences)
  const names = namesOf(sentenceList)
  const out = new Set<string>()
  for (const sentence of sentenceList) {
    const a = anchors(sentence, names)
    if (a.length === 2) out.add(a.join(' '))
    for (let i = 0; i + SHINGLE <= a.length; i++) out.add(a.slice(i, i + SHINGLE).join(' '))
  }
  return out
}

/** FNV-1a, 32-bit, unsigned. */
function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Murmur3's finaliser: a bijection on 32 bits with good avalanche; returns a signed 32-bit integer. */
function mix(x: number): number {
  let h = x
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h | 0
}

// Fixed seeds: fingerprints are stored, so they must never change between runs or releases.
const PERMUTATION_SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, i) =>
  mix(0x9e3779b9 ^ Math.imul(i + 1, 0x632be5ab)),
)

export function fingerprint(text: string): Fingerprint {
  const hashes = [...shingleTexts(text)].map((s) => mix(hashString(s)))
  const signature = new Array<number>(SIGNATURE_LENGTH).fill(0x7fffffff)
  for (const h of hashes) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      // Two mixing rounds so that the 128 permutations are not correlated through the xor.
      const v = mix(mix(h ^ PERMUTATION_SEEDS[i]) + i)
      if (v < signature[i]) signature[i] = v
    }
  }
  const bands: string[] = []
  // A text with no shingles must not share bands with every other such text.
  if (hashes.length > 0) {
    for (let b = 0; b * ROWS_PER_BAND < SIGNATURE_LENGTH; b++) {
      const rows = signature.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND).join(',')
      bands.push(`${b.toString(36)}.${hashString(rows).toString(36)}`)
    }
  }
  const sketch = hashes.sort((x, y) => x - y).slice(0, SKETCH_SIZE)
  return { signature, bands, sketch, size: hashes.length }
}

/** Estimated Jaccard similarity of the two shingle sets: the share of equal MinHash values. */
export function similarity(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length)
  if (n === 0) return 0
  let same = 0
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++
  return same / n
}

/**
 * Estimated share of `a`'s shingles that also occur in `b`, from the bottom-k sketches: among `a`'s
 * sketched hashes that `b`'s sketch covers (all of them when `b`'s sketch is its whole set), the share
 * found in `b`'s sketch.
 */
export function containment(a: Fingerprint, b: Fingerprint): number {
  const bComplete = b.sketch.length >= b.size
  const limit = bComplete ? Number.POSITIVE_INFINITY : b.sketch[b.sketch.length - 1]
  const inB = new Set(b.sketch)
  let covered = 0
  let found = 0
  for (const h of a.sketch) {
    if (h > limit) break
    covered++
    if (inB.has(h)) found++
  }
  return covered === 0 ? 0 : found / covered
}

/** The score the decision uses: containment of either text in the other, whichever is larger. */
export function overlap(a: Fingerprint, b: Fingerprint): number {
  return Math.max(containment(a, b), containment(b, a))
}

/** True when one text is mostly the same as the other (rewritten, trimmed, reordered or cluttered). */
export function isNearDuplicate(a: Fingerprint, b: Fingerprint): boolean {
  if (a.size < MIN_SHINGLES || b.size < MIN_SHINGLES) return false
  return overlap(a, b) >= NEAR_DUPLICATE_THRESHOLD
}
