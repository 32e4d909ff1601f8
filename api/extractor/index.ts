// Tally's extraction engine: every casualty and displacement figure in a text, with its source, dates,
// place and the exact words it came from. Pure and deterministic: text (and publication date) in,
// claims out. See ../../shared/claims-format.md for what a claim is.
//
// Pipeline: tokens -> sentences -> per sentence: numbers linked to triggers and victims (link.ts),
// attributions (sources.ts), reference periods and event days (dates.ts), places (places.ts).

import { buildClaims, type DocContext } from './assemble/index.ts'
import { type Dateline, findDatelines } from './dateline.ts'
import { parseIso } from './dates.ts'
import { collectNameChunks } from './entities.ts'
import { demonymCountry, ready as gazetteerReady, lookupPlace, lookupPlaces } from './gazetteer/index.ts'
import { detectLanguage } from './lang/detect.ts'
import { lexiconFor } from './lang/lexicon.ts'
import { readClaims } from './lang/read.ts'
import { creditReport } from './lang/report-credit.ts'
import { findPlaces, type PlaceMention } from './places.ts'
import { blockClaims, reportSource } from './reports/block-claims.ts'
import { creditBoxes } from './reports/box-credit.ts'
import { creditSections, dropLabelSources } from './reports/credit-lines.ts'
import { figureCredits } from './reports/figure-credits.ts'
import { interleavedClaims } from './reports/interleaved.ts'
import { splitLines } from './reports/lines.ts'
import { placeItemClaims } from './reports/place-items.ts'
import { priorFigureClaims } from './reports/prior-figures.ts'
import { repairTokens } from './reports/repair.ts'
import { columnSources } from './reports/table-source.ts'
import { findBlocks } from './reports/tables.ts'
import { splitSentences } from './sentences.ts'
import { isCapitalized, type Token, tokenize } from './tokens.ts'
import type { ExtractedClaim, ExtractOptions } from './types.ts'

export {
  detectLanguage,
  isSupportedLanguage,
  SUPPORTED_LANGUAGES,
  unreadLanguageNote,
} from './lang/detect.ts'
export type { Claim, ExtractedClaim, ExtractOptions, Metric, Qualifier, Unit } from './types.ts'
export { METRICS, QUALIFIERS, UNITS } from './types.ts'

/**
 * Every claim in `text`. Never throws (unless `onError` does): a failure gives no claims rather than an
 * error, and is handed to `options.onError` so that the caller can log or count it (the tests rethrow it).
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  if (typeof text !== 'string' || text.length === 0) return []
  try {
    // The gazetteer is built before the text is cut up, not at its first capitalised word: V8 decides to
    // allocate straight into the old generation ("pretenure") the objects of any allocation site whose
    // objects all survived a young-generation GC, and the GCs during that build found the first text's
    // tokens and sentences all alive. From then on every token of every text was allocated old and kept
    // its strings alive through young GCs (20x the bytes promoted per GC, seen under tsx's loader).
    gazetteerReady()
    // French, Spanish and Arabic go to the lexicon-driven reader; everything else to the English one.
    const language = options.language ?? detectLanguage(text)
    const lexicon = language ? lexiconFor(language) : undefined
    if (lexicon) {
      const published = parseIso(options.published) ? String(options.published).slice(0, 10) : null
      return creditReport(text, lexicon.lex, readClaims(text, lexicon, published))
    }
    return extract(text, options)
  } catch (error) {
    options.onError?.(error)
    return []
  }
}

function extract(text: string, options: ExtractOptions): ExtractedClaim[] {
  const tokens = repairTokens(text, tokenize(restorePossessives(text)))
  const lows = tokens.map((t) => t.low)
  const sentences = splitSentences(tokens)
  const lineStarts: number[] = []
  for (let k = 0; k < sentences.length && lineStarts.length < 6; k++) {
    const at = sentences[k].from
    if (at === 0 || tokens[at].newlines > 0) lineStarts.push(at)
  }
  const datelines = findDatelines(tokens, lineStarts)
  const places: PlaceMention[][] = []
  const countryCounts = new Map<string, number>()
  const named: PlaceMention[][] = []
  for (const s of sentences) {
    const all = findPlaces(tokens, s.from, s.to, null)
    named.push(all)
    // A place that only acts or speaks ("Russia said") is never where a figure happened; nor is a dateline's.
    // Nor is a country named as a border ("near the border with Turkey").
    const found = all.filter(
      (p) => p.actor !== 'verb' && !inDateline(datelines, p.from) && !namedAsBorder(tokens, p.from),
    )
    places.push(found)
    for (const p of found) {
      if (!p.actor) countryCounts.set(p.entry.country, (countryCounts.get(p.entry.country) ?? 0) + 1)
    }
  }
  const filed = datelines[0]?.entry.country
  if (filed) countryCounts.set(filed, (countryCounts.get(filed) ?? 0) + 1)
  let mainCountry = mostCommon(countryCounts)
  // Without a place named outright, the country of a party ("Ukraine said") or of a people ("Iranian
  // security forces") still tells which country the text is about.
  if (!mainCountry) mainCountry = fallbackCountry(tokens, named)
  // A spelling shared by two countries ("Tripoli") is read in the country the text is mostly about.
  if (mainCountry) {
    for (const found of places) {
      for (const p of found) {
        if (p.entry.country === mainCountry || lookupPlaces(p.text).length < 2) continue
        p.entry = lookupPlace(p.text, mainCountry) ?? p.entry
      }
    }
  }
  const doc: DocContext = {
    text,
    tokens,
    lows,
    sentences,
    places,
    mainCountry,
    mainPlace: mainPlace(places),
    published: parseIso(options.published ?? null),
    chunks: collectNameChunks(tokens, lows),
    dateline: datelines[0] ?? null,
  }
  return withReportLayouts(doc, buildClaims(doc))
}

/** Tables and tiles are read cell by cell, in place of what the sentence reader made of them. */
function withReportLayouts(doc: DocContext, claims: ExtractedClaim[]): ExtractedClaim[] {
  const lines = splitLines(doc.text, doc.tokens)
  const blocks = findBlocks(doc.text, doc.tokens, doc.lows, lines, doc.published)
  let out = claims
  if (blocks.length > 0) {
    const inBlock = (c: ExtractedClaim) =>
      blocks.some((b) => c.start >= doc.tokens[b.from].start && c.start < doc.tokens[b.to - 1].end)
    out = claims.filter((c) => !inBlock(c)).concat(blockClaims(doc, lines, blocks))
    out.sort((a, b) => a.start - b.start)
  }
  const items = placeItemClaims(doc, lines, out)
  if (items.length > 0) out = out.concat(items).sort((a, b) => a.start - b.start)
  const sidebar = interleavedClaims(doc, lines, out)
  if (sidebar.length > 0) out = out.concat(sidebar).sort((a, b) => a.start - b.start)
  dropLabelSources(doc.text, out)
  columnSources(doc.text, doc.tokens, lines, blocks, out)
  const prior = priorFigureClaims(doc, out)
  if (prior.length > 0) out = out.concat(prior).sort((a, b) => a.start - b.start)
  const owned = figureCredits(doc.tokens, doc.lows, lines, out)
  creditSections(doc.tokens, doc.lows, lines, out)
  creditBoxes(doc.tokens, doc.lows, lines, out)
  const source = reportSource(doc, lines, owned)
  if (source) for (const c of out) c.source ??= source
  return out
}

const inDateline = (datelines: Dateline[], i: number) => datelines.some((d) => i >= d.from && i < d.to)

const BORDERS = new Set(['border', 'borders', 'frontier', 'boundary'])

/** "the border with Turkey", "bordering Chad": the place only says where a border runs. */
function namedAsBorder(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1]?.low
  if (before === 'bordering') return true
  return before === 'with' && BORDERS.has(tokens[at - 2]?.low ?? '')
}

function mostCommon<T>(counts: Map<T, number>): T | null {
  let best: T | null = null
  let most = 0
  for (const [key, n] of counts) {
    if (n > most) {
      best = key
      most = n
    }
  }
  return best
}

/** The place the text names most often (not counting parties), the first of equals: what it is about. */
function mainPlace(places: PlaceMention[][]): PlaceMention | null {
  const counts = new Map<string, number>()
  const first = new Map<string, PlaceMention>()
  for (const found of places) {
    for (const p of found) {
      if (p.actor) continue
      const key = `${p.entry.name}|${p.entry.country}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
      if (!first.has(key)) first.set(key, p)
    }
  }
  const key = mostCommon(counts)
  return key ? (first.get(key) ?? null) : null
}

/** `named`: every place of each sentence, parties and datelines included. */
function fallbackCountry(tokens: Token[], named: PlaceMention[][]): string | null {
  for (const found of named) for (const p of found) if (p.entry.country) return p.entry.country
  const counts = new Map<string, number>()
  for (const t of tokens) {
    if (!isCapitalized(t)) continue
    const iso = demonymCountry(t.text) ?? (t.text.endsWith('s') ? demonymCountry(t.text.slice(0, -1)) : null)
    if (iso) counts.set(iso, (counts.get(iso) ?? 0) + 1)
  }
  return mostCommon(counts)
}

/**
 * Machine rewrites turn "Syria's" into "Syria\u00a0s" (a no-break space for the apostrophe). Putting the
 * apostrophe back, one character for one, keeps every offset while the tokens read a possessive again.
 */
function restorePossessives(text: string): string {
  if (!text.includes('\u00a0')) return text
  return text.replace(/(?<=\p{L})\u00a0(?=s(?![\p{L}\p{N}]))/gu, "'")
}
