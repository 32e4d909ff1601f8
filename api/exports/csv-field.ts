// One CSV field, written the same way by the API's exports and by the dashboard's downloads (which
// imports this file), so neither can lack a rule the other has. No imports: it runs in the browser.
//
// Formula injection: article text, quotes, names and URLs come from outside, and a spreadsheet runs a
// cell that starts with "=", "+", "-" or "@" (or a tab or carriage return before one) as a formula,
// and some read the full-width forms (＝ ＋ － ＠) the same way. CSV has no types, so such text gets a
// leading apostrophe, which Excel, LibreOffice and Google Sheets read as "this is text". Where the
// list separator is ";" (much of Europe) Excel may split "x;=1+1" into two cells, so a formula start
// after a ";" gets its apostrophe too, and a field holding ";" is quoted. Numbers are never touched.

const STARTS = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20'
const FORMULA_START = new RegExp(`^[${STARTS}]`)
const AFTER_SEMICOLON = new RegExp(`;(?=[${STARTS}])`, 'g')
const HAS_AFTER_SEMICOLON = new RegExp(`;[${STARTS}]`)

/** True when a spreadsheet could read this text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) || HAS_AFTER_SEMICOLON.test(text)
}

/** Text as written to CSV: an apostrophe before anything that could start a formula. */
export function csvText(text: string): string {
  const inner = text.includes(';') ? text.replace(AFTER_SEMICOLON, ";'") : text
  return FORMULA_START.test(inner) ? `'${inner}` : inner
}

const NEEDS_QUOTES = /[",;\r\n]/
const QUOTE = /"/g

/** A field as written: quoted when it holds a comma, a semicolon, a quote or a line break. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text
}

export type CsvValue = string | number | boolean | null | undefined

/** Any value as one CSV field: numbers as numbers, booleans true/false, text neutralised and quoted. */
export function csvValue(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return csvField(csvText(value))
}
