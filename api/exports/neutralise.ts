// Formula injection: article text, quotes, names and URLs come from outside, and a spreadsheet runs a
// cell that starts with "=", "+", "-" or "@" (or a tab or carriage return before one) as a formula.
// CSV has no types, so such text gets a leading apostrophe, which Excel, LibreOffice and Google Sheets
// read as "this is text". In xlsx every text is written as a string cell, never a formula, so it keeps
// its value. Numbers are never touched: a negative change stays a number.

// The full-width forms (＝ ＋ － ＠) are read as formula starts by some spreadsheet programs too.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

/** True when a spreadsheet could read this text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text)
}

/** Text as written to CSV: a leading apostrophe when it could start a formula. */
export function csvText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text
}

// XML 1.0 cannot hold these: C0 controls other than tab, LF and CR, lone surrogates, U+FFFE/U+FFFF.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Excel's limit for the text of one cell. */
export const XLSX_MAX_TEXT = 32_767

// Spreadsheet XML reads "_x0041_" as the character U+0041; a literal one is written "_x005F_x0041_".
const ESCAPE_LIKE = /_(?=x[0-9A-Fa-f]{4}_)/g

/**
 * Text as written to an xlsx string cell: characters XML cannot hold dropped, "_xHHHH_" escaped so
 * that it reads back as written, a carriage return written "_x000D_" (as Excel does; XML would read
 * a raw one as a line feed), cut at Excel's limit of 32,767 characters a cell.
 */
export function xlsxText(text: string): string {
  const clean = text.replace(NOT_XML, '').slice(0, XLSX_MAX_TEXT)
  return clean.replace(ESCAPE_LIKE, '_x005F_').replace(/\r/g, '_x000D_')
}
