// The body a table's caption names by its shape rather than by a lead word. Split from title-issuer.ts.

import type { Token } from '../tokens.ts'
import {
  AGENCIES,
  isAcronym,
  isPlaceLike,
  nameAt,
  organisation,
  SOURCE_LEADS,
  spelledOut,
} from './body-names.ts'
import { readLabel } from './labels.ts'
import type { Line } from './lines.ts'

/**
 * The body a table's caption line names by its shape: "IOM DTM Flash Report, 18 September" and "WHO
 * Surveillance System ..." open on the body's acronym; "Civil Protection General Directorate (DGPC), report
 * of 1 September" opens on its name; "Post-election violence (21 Oct - 28 Nov), Plataforma Decide" closes on it.
 */
export function captionCredit(tokens: Token[], lows: string[], line: Line): string | null {
  const { from, to } = line
  // "Source: DTM, MoH" is a credit line, read as one (report-source.ts), not a caption's layout.
  if (SOURCE_LEADS.has(lows[from]) && lows[from + 1] === ':') return null
  let k = from
  while (
    k < to &&
    k - from < 3 &&
    isAcronym(tokens[k].text) &&
    !isPlaceLike(tokens[k].text) &&
    !/s$/.test(tokens[k].text)
  )
    k++
  const opener = tokens
    .slice(from, k)
    .map((t) => t.text)
    .join(' ')
  if (k > from && k < to && !AGENCIES.has(opener.toLowerCase()) && !readLabel(tokens, lows, from, k)?.metric)
    return opener
  const named = spelledOut(tokens, lows, from, to)
  if (named) return named
  const comma = lows.lastIndexOf(',', to - 1)
  if (comma <= from || comma >= to - 1) return null
  const name = nameAt(tokens, lows, comma + 1, to)
  if (!name || name.split(' ').length !== to - comma - 1) return null
  return organisation(name) || name.includes(' ') ? name : null
}
