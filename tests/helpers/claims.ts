// Table tests of the extractor: "read this text, expect these claims", with the claims written as the
// values of a few fields each, so that a case is a line or two and the test body is written here once.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type ExtractedClaim, type ExtractOptions, extractClaims } from '../../api/extractor/index.ts'

export type Field = keyof ExtractedClaim

/** The extractor's failures fail the test, instead of reading as a text with no claims. */
export const rethrow = (error: unknown): never => {
  throw error
}

/**
 * The claims read from `text`, each as the values of `fields` in order (a field the claim leaves out
 * reads as null); with one field named alone, a flat list of its values.
 */
export function readFields(text: string, fields: Field | Field[], options: ExtractOptions = {}) {
  const claims = extractClaims(text, { onError: rethrow, ...options })
  if (!Array.isArray(fields)) return claims.map((c) => c[fields] ?? null)
  return claims.map((c) => fields.map((f) => c[f] ?? null))
}

/** A case: the text (which names the test unless a name comes first) and its claims as readFields gives them. */
export type ReadCase = [text: string, expected: unknown[]] | [name: string, text: string, expected: unknown[]]

/** How a file's cases are read: the options of the extractor, and a lead put before each text. */
export type ReadOptions = ExtractOptions & {
  /** Text put before each case's text, e.g. a first sentence, as a text of one sentence reads as a headline. */
  lead?: string
}

/** One test per case: the claims read from the text are the expected ones, field by field. */
export function eachReads(fields: Field | Field[], cases: ReadCase[], options: ReadOptions = {}) {
  const { lead = '', ...extract } = options
  const named = cases.map((c) => (c.length === 3 ? c : [c[0], ...c]) as [string, string, unknown[]])
  it.each(named)('%s', (_name, text, expected) => {
    expect(readFields(lead + text, fields, extract)).toEqual(expected)
  })
}

/** A case read on fields of its own: its name, the fields, the text and its claims as readFields gives them. */
export type FieldsCase = [name: string, fields: Field | Field[], text: string, expected: unknown[]]

/** One test per case: the claims read from the text are the expected ones, on the case's own fields. */
export function eachReadsFields(cases: FieldsCase[], options: ExtractOptions = {}) {
  it.each(cases)('%s', (_name, fields, text, expected) => {
    expect(readFields(text, fields, options)).toEqual(expected)
  })
}

/**
 * eachReads with the fields and options set once, for the many tables of a file that read alike; a table
 * given a title is a describe block of its own (the rule its cases share).
 */
export function readsOf(fields: Field | Field[], options: ReadOptions = {}) {
  function reads(cases: ReadCase[]): void
  function reads(title: string, cases: ReadCase[]): void
  function reads(first: string | ReadCase[], cases: ReadCase[] = []) {
    if (typeof first === 'string') describe(first, () => eachReads(fields, cases, options))
    else eachReads(fields, first, options)
  }
  return reads
}

/**
 * One test per case `[text, fields]`, named by `name` (%s: the text): the first claim read from the text
 * has these fields, and its quote is the exact slice of the text its offsets point at.
 */
export function eachFirstClaim(
  cases: [text: string, fields: Partial<ExtractedClaim>][],
  options: ExtractOptions = {},
  name = '%s',
) {
  it.each(cases)(name, (text, fields) => {
    const [c] = extractClaims(text, { onError: rethrow, ...options })
    expect(c).toMatchObject(fields)
    expect(text.slice(c.start, c.end)).toBe(c.quote)
  })
}

/**
 * A line of a file's table of cases (JSON Lines, one case a line): the describe blocks it stands in, its
 * name (else its text names it), the fields read, options over the file's own, the text and its claims
 * as readFields gives them.
 */
export interface TableCase {
  in: string[]
  name?: string
  fields: Field | Field[]
  options?: ReadOptions
  text: string
  claims: unknown[]
}

/** The cases of a JSON Lines table, in order. */
export const tableCases = (file: URL): TableCase[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))

/**
 * One test per case of the table in `file`, each in its describe blocks: cases kept apart as data, so
 * that a file of many cases is a list of them and not the same few lines of code again and again.
 */
export function readsTable(file: URL, options: ReadOptions = {}) {
  declareCases(tableCases(file), 0, options)
}

// Consecutive cases that share their next describe block go in it together; those at this depth are
// read together while their fields and options stay the same.
function declareCases(cases: TableCase[], depth: number, options: ReadOptions) {
  const key = (c: TableCase) =>
    c.in.length > depth ? `in ${c.in[depth]}` : `reads ${JSON.stringify([c.fields, c.options])}`
  for (let i = 0; i < cases.length; ) {
    let end = i + 1
    while (end < cases.length && key(cases[end]) === key(cases[i])) end++
    const run = cases.slice(i, end)
    const first = run[0]
    if (first.in.length > depth) describe(first.in[depth], () => declareCases(run, depth + 1, options))
    else {
      const read = run.map(
        (c): ReadCase => (c.name === undefined ? [c.text, c.claims] : [c.name, c.text, c.claims]),
      )
      eachReads(first.fields, read, { ...options, ...first.options })
    }
    i = end
  }
}
