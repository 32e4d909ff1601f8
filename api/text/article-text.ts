// Helpers that turn what analysts send (HTML pages, pasted text) into the text Tally stores and the
// facts it derives from it: a hash for exact-duplicate checks and a publication date. (The language is
// the extractor's detectLanguage.)
import { createHash } from 'node:crypto'
import { convert } from 'html-to-text'
import { checkHtmlShape } from './html-shape.ts'

/**
 * The text as the exact-duplicate check compares it. Case, curly quotes, dashes, punctuation and
 * whitespace vary between copies of one article (a CMS "smartens" quotes, a scraper keeps a trailing
 * space) without making it a different article.
 */
export function normaliseForHash(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[‘’‚‛′`´]/g, "'")
      .replace(/[“”„‟″«»]/g, '"')
      // Apostrophes and digit separators join what they split ("syria's", "520,000").
      .replace(/(\p{L})'(\p{L})/gu, '$1$2')
      .replace(/(\d)[,.](?=\d)/g, '$1')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  )
}

/** sha256 (hex) of the normalised text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text)).digest('hex')
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const YEAR = '((?:19|20)\\d{2})'

// Each pattern captures year, month, day in some order; `order` says which group is which.
const DATE_PATTERNS: Array<{ re: RegExp; order: [number, number, number] }> = [
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/, order: [1, 2, 3] },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), order: [3, 1, 2] },
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'i'), order: [3, 2, 1] },
]

/** The first explicit calendar date (with a year) in `s`, as ISO, and where it starts. */
function firstDate(s: string): { iso: string; index: number } | null {
  let best: { iso: string; index: number } | null = null
  for (const { re, order } of DATE_PATTERNS) {
    const m = re.exec(s)
    if (!m || (best && best.index <= m.index)) continue
    const year = Number(m[order[0]])
    const rawMonth = m[order[1]]
    const month = /^\d/.test(rawMonth) ? Number(rawMonth) : MONTHS[rawMonth.slice(0, 3).toLowerCase()]
    const day = Number(m[order[2]])
    const date = new Date(Date.UTC(year, month - 1, day))
    // Reject impossible dates such as 2019-02-30 instead of letting Date roll them over.
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue
    best = { iso: date.toISOString().slice(0, 10), index: m.index }
  }
  return best
}

/** How many lines from the top a dateline or byline may sit on. */
const HEAD_LINES = 6
/** A line this short is metadata (byline, dateline, "Published ..."), not body prose. */
const META_LINE = 100

/**
 * The publication date an article states about itself: a leading `date YYYY-MM-DD` line (seed 004),
 * a "Published/Updated ..." stamp, a byline line, or a dateline opening the first paragraph
 * ("BEIRUT, June 13, 2019 (AP) -"). Dates inside body prose are about events, never the publication,
 * so they are not looked at.
 */
export function findPublishedDate(text: string): string | null {
  const leading = /^\s*date\s+((?:19|20)\d{2}-\d{2}-\d{2})\b/i.exec(text)
  if (leading) return firstDate(leading[1])?.iso ?? null

  const lines = text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, HEAD_LINES)
  for (const line of lines) {
    const found = firstDate(line)
    if (!found) continue
    const before = line.slice(0, found.index)
    const stamped = /\b(?:published|updated|posted|dated?|last modified)\b.{0,30}$/i.test(before)
    // Before the date in a dateline there are only upper-case place names and punctuation: "BEIRUT, ".
    const dateline = /^[\p{Lu}\s,.'’()-]*$/u.test(before)
    // A short line that does not end like a sentence is a byline or a stamp: "By Jane Doe | June 13, 2019".
    const meta = line.length <= META_LINE && !/[.!?]["'”’]?$/.test(line)
    if (stamped || dateline || meta) return found.iso
  }
  return null
}

/**
 * Readable text of an HTML page: paragraphs separated by blank lines; scripts, styles, navigation,
 * page furniture, link URLs and images left out, since none of them is the article.
 */
export function htmlToText(html: string): { title: string | null; text: string } {
  checkHtmlShape(html)
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      ...[
        'script',
        'style',
        'noscript',
        'nav',
        'footer',
        'aside',
        'form',
        'button',
        'iframe',
        'svg',
        'title',
      ].map((selector) => ({ selector, format: 'skip' })),
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
      // Figures often come in tables; keep rows on lines and cells apart.
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false, colSpacing: 2 } },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
        selector,
        options: { uppercase: false },
      })),
    ],
  })
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { title: titleOf(html), text }
}

function titleOf(html: string): string | null {
  for (const re of [/<title[^>]*>([\s\S]*?)<\/title>/i, /<h1[^>]*>([\s\S]*?)<\/h1>/i]) {
    const m = re.exec(html)
    if (!m) continue
    const title = convert(m[1], {
      wordwrap: false,
      selectors: [{ selector: 'a', options: { ignoreHref: true } }],
    })
      .replace(/\s+/g, ' ')
      .trim()
    if (title) return title
  }
  return null
}
