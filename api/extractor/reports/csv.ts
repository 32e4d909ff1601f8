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

/** Character ranges [start, end) of the lines of comma-separated tables in `text`. */
export function csvRanges(text: string): [number, number][] {
  if (text === lastText) return lastRanges
  lastText = text
  lastRanges = findRanges(text)
  return lastRanges
}

/** Character ranges of the lines of semicolon-separated tables in `text`. */
export function semicolonRanges(text: string): [number, number][] {
  return text.includes(';') ? findRanges(text, ';') : []
}

function findRanges(text: string, sep: ',' | ';' = ','): [number, number][] {
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
      if (line.split(sep).length !== commas || loose.test(line)) break
      end = next < 0 ? text.length : next
      rows++
    }
    if (rows > 0) out.push([m.index, end])
  }
  return out
}

export const inRanges = (ranges: [number, number][], at: number) => ranges.some(([s, e]) => at >= s && at < e)

/** A number token of a comma-separated line cut back into its cells and commas, offsets kept. */
export function splitCells(t: Token): Token[] {
  const out: Token[] = []
  let at = 0
  for (const part of t.text.split(/(,)/)) {
    if (part === '') continue
    const kind = part === ',' ? 'punct' : /^\d+$/.test(part) ? 'num' : t.kind
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
