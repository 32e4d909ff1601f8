// What both readers of report credits share (credit-lines.ts and figure-credits.ts for English,
// lang/report-credit.ts for French, Spanish and Arabic): the marks notes open on, and the two walks over a
// report's lines. A credit line ("Source: AFAD", "Fuente: COPECO") speaks for the figures above it, back to
// the credit line before; a label crediting a body before its colon ("Official toll (Ministry of Interior,
// 10 Sept): Dead 2,122 · Hurt 2,421", "الأرقام الرئيسية (منظمة الهجرة الدولية):") for the figures after the
// colon and the item lines under it, up to a blank line or a line that ends as a sentence does. Each reader
// says which lines credit whom; these walk them.

/** The marks a note opens on ("¹ Figures from ...", "* Source : ..."), in every language. */
export const NOTE_MARKS: ReadonlySet<string> = new Set([
  '*',
  '†',
  '‡',
  '¹',
  '²',
  '³',
  '⁴',
  '⁵',
  '⁶',
  '⁷',
  '⁸',
  '⁹',
])

/** A line of the text by its offsets: whether a blank line stands before it, whether it ends as a sentence. */
export interface CreditSpan {
  start: number
  end: number
  paragraph: boolean
  sentence: boolean
}

/** What a heading line credits: the body, the offset its figures start from, whether it is one figure's label. */
export interface Heading {
  credit: string
  from: number
  /** With the number of figures it credited on its own line: whether it speaks for those alone. */
  alone: (count: number) => boolean
}

/** Credits (where they have none) the claims under each heading that `headingAt` finds. */
export function creditUnderHeadings(
  spans: readonly CreditSpan[],
  headingAt: (i: number) => Heading | null,
  claims: { start: number; source: string | null }[],
): void {
  const sorted = [...claims].sort((a, b) => a.start - b.start)
  let next = 0
  let credit: string | null = null
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]
    const heading = headingAt(i)
    let from = span.start
    if (heading) {
      credit = heading.credit
      from = heading.from
    } else if (credit === null || span.paragraph || spans[i - 1].sentence) {
      credit = null
      continue
    }
    while (next < sorted.length && sorted[next].start < from) next++
    let count = 0
    for (; next < sorted.length && sorted[next].start < span.end; next++, count++)
      sorted[next].source ??= credit
    if (heading?.alone(count)) credit = null
  }
}

/**
 * Calls `visit` on each line (spans in text order) with the claims above it, back to the last line `visit`
 * said credited them (`sorted[from]` to `sorted[to - 1]`), and whether the line holds a figure of its own.
 * After a crediting line the next section starts past the figures on that line.
 */
export function creditAbove<C extends { start: number }>(
  spans: readonly { start: number; end: number }[],
  sorted: readonly C[],
  visit: (line: number, from: number, to: number, own: boolean) => boolean,
): void {
  let next = 0
  let section = 0
  for (let i = 0; i < spans.length; i++) {
    while (next < sorted.length && sorted[next].start < spans[i].start) next++
    const own = next < sorted.length && sorted[next].start < spans[i].end
    if (!visit(i, section, next, own)) continue
    section = next
    while (section < sorted.length && sorted[section].start < spans[i].end) section++
  }
}
