// Tables in French, Spanish and Arabic reports: a header line of labels ("Commune | Ménages | Personnes",
// "Comuna  Fallecidas  Desaparecidas", "المحافظة | الوفيات | الأسر النازحة"), maybe a group line over it
// ("Personas" over two columns), then rows of figures. A figure cell counts what its column label says,
// read with the same lexicon as sentences; a label that names only whom it counts ("Ménages") takes what
// happened from the caption above or the column to its left. The sentence reader asks here first.

import type { Metric, Unit } from '../types.ts'
import { type CompiledLexicon, foldAccents, type LabelVocabulary } from './lexicon.ts'
import { readAmount } from './numbers.ts'
import { type Found, resolve } from './report-lines.ts'
import type { Word } from './words.ts'

interface Cell {
  from: number
  to: number
  /** Character column of its first word, from the line's start. */
  at: number
}

interface Meaning {
  metric: Metric
  unit: Unit
  who: string
}

export interface CellLink {
  found: Found
  context: string
}

const SEPARATORS = new Set(['|', ';', '\t'])
// Marks on a figure that are no part of it: footnote calls, a change in brackets is read apart below.
const FOOTNOTE = /^[*†‡§¹²³⁴⁵⁶⁷⁸⁹]$/
const MAX_HEADER_GAP = 2

/** Words [from, to) of each line, cut into cells at bars, semicolons, tabs and runs of spaces. */
function cellLines(text: string, words: Word[]): Cell[][] {
  const lines: Cell[][] = []
  let cells: Cell[] = []
  let lineStart = 0
  let cellFrom = 0
  const close = (to: number) => {
    if (to > cellFrom) cells.push({ from: cellFrom, to, at: words[cellFrom].start - lineStart })
  }
  for (let i = 0; i <= words.length; i++) {
    const w = words[i]
    if (i === words.length || (i > 0 && w.gap.includes('\n'))) {
      close(i)
      if (cells.length > 0 && !isRule(words, cells)) lines.push(cells)
      cells = []
      cellFrom = i
      if (i === words.length) break
      lineStart = text.lastIndexOf('\n', w.start - 1) + 1
    }
    if (w.mark && SEPARATORS.has(w.text)) {
      close(i)
      cellFrom = i + 1
      continue
    }
    if (i > cellFrom && (w.gap.includes('\t') || w.gap.includes('  '))) {
      close(i)
      cellFrom = i
    }
  }
  return lines
}

const BLANK = /^(?:0|-|\u2013|\u2014)$/
const RULE = /^[-=+:_|~\u2014\u2013]$/

/** A rule drawn between a table's lines ("|---|---|"): no line of its own. */
function isRule(words: Word[], cells: Cell[]): boolean {
  return cells.every((c) => words.slice(c.from, c.to).every((w) => w.mark && RULE.test(w.text)))
}

/** The figure a cell holds and nothing else (footnote calls and a bracketed change aside), else null. */
function cellFigure(words: Word[], c: Cell, lx: CompiledLexicon) {
  let to = c.to
  while (to - c.from > 1 && words[to - 1].mark && FOOTNOTE.test(words[to - 1].text)) to--
  // "56 204 (+3 112)": the change in brackets is the difference between two tallies, no claim.
  const open = words.findIndex((w, k) => k > c.from && k < to && w.text === '(')
  if (open > 0) to = open
  const amount = readAmount(words, c.from, to, lx)
  return amount && amount.to === to ? amount : null
}

const textOf = (text: string, words: Word[], from: number, to: number) =>
  text.slice(words[from].start, words[to - 1].end)

/** What a label says: a trigger ("Fallecidos", "الوفيات") with the unit its words name, else null. */
function readLabel(text: string, words: Word[], spans: Cell[], lx: LabelVocabulary): Meaning | null {
  let unitKind: 'households' | 'homes' | 'facilities' | null = null
  for (const s of spans)
    for (let j = s.from; j < s.to && !unitKind; j++) unitKind = lx.units.at(words, j, s.to)?.value ?? null
  for (const s of spans) {
    for (let j = s.from; j < s.to; j++) {
      const t = lx.triggers.at(words, j, s.to)
      if (!t) continue
      const r = resolve(t.value.metric, unitKind)
      if (r) return { ...r, who: whoOf(text, words, spans, lx) }
    }
  }
  return null
}

/** Whom a label counts, as written ("ménages", "personas"), when it names people or a unit; else "people". */
function whoOf(text: string, words: Word[], spans: Cell[], lx: LabelVocabulary): string {
  for (const s of spans) {
    for (let j = s.from; j < s.to; j++) {
      const unit = lx.units.at(words, j, s.to)
      const person = lx.people.at(words, j, s.to)
      const hit = unit ?? person
      if (hit) return textOf(text, words, j, hit.end).toLowerCase()
    }
  }
  return 'people'
}

/** A label naming only whom it counts: a unit of households or a noun of people. */
function countsOnly(words: Word[], s: Cell, lx: LabelVocabulary): 'households' | 'people' | null {
  for (let j = s.from; j < s.to; j++) {
    if (lx.units.at(words, j, s.to)?.value === 'households') return 'households'
    if (lx.people.at(words, j, s.to)) return 'people'
  }
  return null
}

/** The group label standing over a column: the last one starting at or before it (labels set left). */
function groupOver(group: Cell[] | null, col: Cell): Cell | null {
  if (!group) return null
  let best: Cell | null = null
  for (const g of group) if (g.at <= col.at + 1) best = g
  return best ?? group[0]
}

/** Every figure cell of every table in the text, keyed by the index of its first word. */
export function tableCells(text: string, words: Word[], lx: CompiledLexicon): Map<number, CellLink> {
  const out = new Map<number, CellLink>()
  if (!/[|;\t]| {2}/.test(text)) return out
  const lines = cellLines(text, words)
  let folded: Word[] | null = null
  // A zero or a dash holds no claim but is a figure cell all the same.
  const figures = (line: Cell[]) =>
    line
      .slice(1)
      .filter((c) => (c.to - c.from === 1 && BLANK.test(words[c.from].text)) || cellFigure(words, c, lx))
      .length
  for (let b = 0; b < lines.length; b++) {
    const base = lines[b]
    if (base.length < 2 || figures(base) > 0) continue
    let end = b + 1
    while (end < lines.length && lines[end].length >= 2 && figures(lines[end]) * 2 >= lines[end].length - 1)
      end++
    if (end === b + 1) continue
    const above = lines[b - 1]
    const group =
      above && figures(above) === 0 && above.length <= base.length - 1 && above[0].at > 0 ? above : null
    const caption = lines.slice(Math.max(0, b - 1 - (group ? 1 : 0) - MAX_HEADER_GAP), b - (group ? 1 : 0))
    // Labels are read without accents, as exports often write them ("deces;blesses;deplaces").
    folded ??= words.map((w) => ({ ...w, keys: w.keys.map((k) => foldAccents(k, lx.arabic)) }))
    const columns = readColumns(text, folded, base, group, caption, lx.folded)
    for (const row of lines.slice(b + 1, end)) {
      row.forEach((cell, k) => {
        const col = row.length === base.length ? k : k - (row.length - base.length)
        const meaning = col > 0 ? columns[col] : null
        const amount = meaning && cellFigure(words, cell, lx)
        if (!meaning || !amount) return
        out.set(amount.from, {
          found: {
            ...meaning.meaning,
            quoteFrom: words[amount.from].start,
            quoteTo: words[amount.to - 1].end,
            trigger: null,
          },
          context: meaning.label,
        })
      })
    }
    b = end - 1
  }
  return out
}

interface Column {
  meaning: Meaning
  label: string
}

function readColumns(
  text: string,
  words: Word[],
  base: Cell[],
  group: Cell[] | null,
  caption: Cell[][],
  lx: LabelVocabulary,
): (Column | null)[] {
  const captionMeaning = () => {
    for (const line of caption) {
      const m = readLabel(text, words, line, lx)
      if (m) return m
    }
    return null
  }
  let left: Meaning | null = null
  return base.map((col, k) => {
    if (k === 0) return null
    const over = groupOver(group, col)
    const spans = over ? [col, over] : [col]
    let meaning = readLabel(text, words, spans, lx)
    const counts = meaning ? null : countsOnly(words, col, lx)
    if (!meaning && counts) {
      const from = left ?? captionMeaning()
      if (from)
        meaning = {
          metric: from.metric,
          unit: counts,
          who: whoOf(text, words, [col], lx),
        }
    }
    if (meaning) left = meaning
    if (!meaning) return null
    const label = over
      ? `${textOf(text, words, over.from, over.to)} ${textOf(text, words, col.from, col.to)}`
      : textOf(text, words, col.from, col.to)
    return { meaning, label }
  })
}
