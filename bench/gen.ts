// Deterministic generator of realistic news articles with the claims planted in them, in the shape of
// ../shared/claims-format.md. Feeds every benchmark, in-process (`generateArticles`) or as a file:
//   npm run gen -- --articles N [--seed S] [--out file.jsonl] [--min-words 300] [--max-words 3000]
// Tolls grow over time and differ by source; wire stories come back republished, trimmed and rewritten;
// most paragraphs carry no figure, and some carry numbers that are not claims (populations, money, dates).
import { createWriteStream } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { Claim } from '../api/extractor/types.ts'
import { type Piece, type Planted, type Rng, sentences } from './gen-sentences.ts'
import { CRISES, type Crisis, OUTLETS, REWRITES, WIRES } from './gen-world.ts'

export interface GenArticle {
  id: string
  title: string
  url: string
  outlet: string
  published: string
  text: string
  claims: Claim[]
  /** For copies: the id of the story it repeats, and how ("copy", "trim", "rewrite"). */
  copy_of: string | null
  copy_kind: 'copy' | 'trim' | 'rewrite' | null
}

export interface GenOptions {
  seed?: number
  /** Article length in words, drawn log-uniformly between these. */
  minWords?: number
  maxWords?: number
  /** First and last publication date; articles are spread evenly between them, in order. */
  from?: string
  to?: string
}

/** mulberry32: tiny, fast and the same on every machine, so a seed always gives the same articles. */
export function rng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)

interface Story {
  id: string
  title: string
  published: string
  paragraphs: Piece[][][]
}

/** Articles in publication order; copies of wire stories follow their originals within days. */
export function* generateArticles(count: number, options: GenOptions = {}): Generator<GenArticle> {
  const random = rng(options.seed ?? 1)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]
  const minWords = options.minWords ?? 300
  const maxWords = options.maxWords ?? 3000
  const from = Date.parse(options.from ?? '2019-03-01')
  const to = Date.parse(options.to ?? '2025-12-31')
  const wireStories: Story[] = []
  const seed = options.seed ?? 1

  for (let i = 0; i < count; i++) {
    const id = `s${seed}-${String(i).padStart(7, '0')}`
    const day = from + Math.floor(((to - from) * i) / Math.max(1, count)) + Math.floor(random() * 3) * DAY
    const published = iso(Math.min(day, to))
    const outlet = pick(OUTLETS)
    const slug = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60)
    const url = (domain: string, title: string) =>
      `https://${domain}/${published.slice(0, 4)}/${published.slice(5, 7)}/${slug(title)}-${i}`

    // About one article in four repeats a recent wire story: as is, trimmed, or machine-rewritten.
    const recent = wireStories.filter((s) => Date.parse(published) - Date.parse(s.published) < 5 * DAY)
    if (recent.length && random() < 0.25) {
      const original = pick(recent)
      const r = random()
      const kind = r < 0.3 ? 'copy' : r < 0.6 ? 'trim' : 'rewrite'
      let paragraphs = original.paragraphs
      if (kind !== 'copy') {
        const keep = Math.max(2, Math.ceil(paragraphs.length * (0.5 + random() * 0.4)))
        paragraphs = paragraphs.slice(0, keep)
      }
      if (kind === 'rewrite') paragraphs = rewrite(paragraphs)
      const title = kind === 'rewrite' ? rewriteText(original.title) : original.title
      yield {
        id,
        title,
        url: url(outlet.domain, title),
        outlet: outlet.name,
        published: kind === 'copy' ? original.published : published,
        ...assemble(paragraphs),
        copy_of: original.id,
        copy_kind: kind,
      }
      continue
    }

    const crisis = pickCrisis(random, published)
    const words = Math.round(minWords * (maxWords / minWords) ** random())
    const { title, paragraphs } = sentences.article(random, crisis, published, words)
    const wire = random() < 0.3
    const by = wire ? pick(WIRES) : outlet
    if (wire) {
      wireStories.push({ id, title, published, paragraphs })
      if (wireStories.length > 40) wireStories.shift()
    }
    yield {
      id,
      title,
      url: url(by.domain, title),
      outlet: by.name,
      published,
      ...assemble(paragraphs),
      copy_of: null,
      copy_kind: null,
    }
  }
}

/** A crisis in the news on that day, the bigger ones more often. */
function pickCrisis(random: Rng, published: string): Crisis {
  const live = CRISES.filter((c) => c.from <= published && published <= c.to)
  const pool = live.length ? live : CRISES
  const weights = pool.map((c) => Math.sqrt(c.scale))
  let r = random() * weights.reduce((a, b) => a + b, 0)
  for (const [k, c] of pool.entries()) {
    r -= weights[k]
    if (r <= 0) return c
  }
  return pool[0]
}

/** The text, and each planted claim with where its quote sits in that text. */
function assemble(paragraphs: Piece[][][]): { text: string; claims: Claim[] } {
  let text = ''
  const claims: Claim[] = []
  for (const [p, paragraph] of paragraphs.entries()) {
    if (p > 0) text += '\n'
    for (const [s, sentence] of paragraph.entries()) {
      if (s > 0) text += ' '
      for (const piece of sentence) {
        if (typeof piece === 'string') {
          text += piece
          continue
        }
        const start = text.length
        text += piece.text
        claims.push(toClaim(piece.claim, piece.text, start))
      }
    }
  }
  return { text, claims }
}

const toClaim = (c: Planted, quote: string, start: number): Claim => ({
  ...c,
  quote,
  start,
  end: start + quote.length,
})

const rewriteText = (s: string) => REWRITES.reduce((t, [re, to]) => t.replace(re, to), s)

/** A machine rewrite swaps ordinary words everywhere, inside quotes too; the figures stay. */
function rewrite(paragraphs: Piece[][][]): Piece[][][] {
  return paragraphs.map((p) =>
    p.map((s) =>
      s.map((piece) =>
        typeof piece === 'string' ? rewriteText(piece) : { ...piece, text: rewriteText(piece.text) },
      ),
    ),
  )
}

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'min-words': { type: 'string', default: '300' },
      'max-words': { type: 'string', default: '3000' },
    },
  })
  const out: NodeJS.WritableStream = values.out ? createWriteStream(values.out) : process.stdout
  let claims = 0
  let bytes = 0
  const n = Number(values.articles)
  for (const a of generateArticles(n, {
    seed: Number(values.seed),
    minWords: Number(values['min-words']),
    maxWords: Number(values['max-words']),
  })) {
    claims += a.claims.length
    bytes += Buffer.byteLength(a.text)
    // Respect back-pressure so that a million articles do not pile up in memory.
    if (!out.write(`${JSON.stringify(a)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()))
  }
  if (values.out) await new Promise<void>((r) => out.end(() => r()))
  console.error(`${n} articles, ${claims} planted claims, ${(bytes / 1e6).toFixed(1)} MB of text`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
