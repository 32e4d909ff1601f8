// Comma-separated exports ("district,killed,injured\nSylhet,14,52"): a header of words parted by bare
// commas, then rows with as many commas; semicolons part the cells of some exports the same way. In those lines a comma parts cells, never digit groups, so
// "14,52,120000" is three cells and not one number. Prose never writes words joined by bare commas.

import type { Token } from '../tokens.ts'

const HEADERS = {
  ',': /^[^\s,\d][^,\n]*(?:,[^\s,\d][^,\n]*){2,}$/gm,
  ';': /^[^\s;\d][^;\n]*(?:;[^\s;\d][^;\n]*){2,}$/gm,
}
const LOOSE = { ',': /,\s|\s,/, ';': /;\s|\s;/ }
// A header's cells are glued to the mark before them: a text with no such mark has no table, and is passed
// without running HEADERS over each of its lines.
const GLUED = { ',': /,[^\s,\d]/, ';': /;[^\s;\d]/ }

// The token repair and the line splitter both ask, one after the other, about the same text.
let lastText = ''
let lastRanges: [number, number][] = []
// Offsets of the commas that group a figure's digits in a row where they also part cells (below).
let lastGroups = new Set<number>()

/** Character ranges [start, end) of the lines of comma-separated tables in `text`. */
export function csvRanges(text: string): [number, number][] {
  if (text === lastText) return lastRanges
  lastText = text
  lastGroups = new Set()
  lastRanges = findRanges(text, ',', lastGroups)
  return lastRanges
}

/** Character ranges of the lines of semicolon-separated tables in `text`. */
export function semicolonRanges(text: string): [number, number][] {
  return text.includes(';') ? findRanges(text, ';') : []
}

function findRanges(text: string, sep: ',' | ';' = ',', groups?: Set<number>): [number, number][] {
  const out: [number, number][] = []
  if (!GLUED[sep].test(text)) return out
  const loose = LOOSE[sep]
  for (const m of text.matchAll(HEADERS[sep])) {
    if (loose.test(m[0])) continue
    const commas = m[0].split(sep).length
    let end = m.index + m[0].length
    let rows = 0
    while (end < text.length && text[end] === '\n') {
      const next = text.indexOf('\n', end + 1)
      const line = text.slice(end + 1, next < 0 ? text.length : next)
      if (loose.test(line)) break
      const parts = line.split(sep)
      if (parts.length !== commas) {
        const grouping = sep === ',' ? groupingCommas(parts, commas) : null
        if (!grouping) break
        let at = end + 1
        for (let i = 0; i < parts.length - 1; i++) {
          at += parts[i].length
          if (grouping.has(i)) groups?.add(at)
          at++
        }
      }
      end = next < 0 ? text.length : next
      rows++
    }
    if (rows > 0) out.push([m.index, end])
  }
  return out
}

export const inRanges = (ranges: [number, number][], at: number) => ranges.some(([s, e]) => at >= s && at < e)

/**
 * "Kiryandongo,3,214,76,902" under "Settlement,New arrivals,Total refugees": an export that left the digit
 * groups in, unquoted. The commas that group digits (a 3-digit part after a figure opened by 1 to 3 digits)
 * are those that bring the row down to the header's cells. Where several choices do ("Borno,37,414,000,1,210"
 * is 37 | 414,000 | 1,210 or 37,414,000 | 1 | 210), a row's figures are taken to be of like size: the choice
 * whose longest figure is shortest, and none on a tie. Returns the indexes of the grouping commas (comma i
 * follows part i), or null.
 */
function groupingCommas(parts: string[], cells: number): Set<number> | null {
  const merges = parts.length - cells
  if (merges < 1 || merges > parts.length / 2) return null
  const HEAD = /^[1-9]\d{0,2}$/
  const GROUP = /^\d{3}$/
  let best: number[] | null = null
  let bestLongest = Number.POSITIVE_INFINITY
  let tie = false
  let tried = 0
  // `run`: the digits of the figure the current part closes; `longest`: of the longest figure so far.
  const walk = (i: number, need: number, chain: boolean, run: number, longest: number, taken: number[]) => {
    if (++tried > 256) return
    if (i === parts.length - 1) {
      const top = Math.max(longest, run)
      if (need > 0) return
      if (top < bestLongest) [best, bestLongest, tie] = [taken, top, false]
      else if (top === bestLongest) tie = true
      return
    }
    const next = parts[i + 1]
    if (need > 0 && chain && GROUP.test(next)) walk(i + 1, need - 1, true, run + 3, longest, [...taken, i])
    // "000" opens no cell: only a digit group is written so.
    if (/^0\d/.test(next)) return
    const head = HEAD.test(next)
    walk(i + 1, need, head, head ? next.length : 0, Math.max(longest, run), taken)
  }
  walk(0, merges, false, 0, 0, [])
  return best && !tie && tried <= 256 ? new Set(best) : null
}

/** A number token of a comma-separated line cut back into its cells and commas, offsets kept. */
export function splitCells(t: Token): Token[] {
  const out: Token[] = []
  let at = 0
  const pieces: string[] = []
  let from = 0
  for (let k = 0; k < t.text.length; k++) {
    if (t.text[k] !== ',' || lastGroups.has(t.start + k)) continue
    pieces.push(t.text.slice(from, k), ',')
    from = k + 1
  }
  pieces.push(t.text.slice(from))
  for (const part of pieces) {
    if (part === '') continue
    const kind = part === ',' ? 'punct' : /^\d+(,\d{3})*$/.test(part) ? 'num' : t.kind
    const first = out.length === 0
    out.push({
      text: part,
      low: part.toLowerCase(),
      kind,
      start: t.start + at,
      end: t.start + at + part.length,
      newlines: first ? t.newlines : 0,
      space: first ? t.space : false,
    })
    at += part.length
  }
  return out
}
