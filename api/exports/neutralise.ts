// CSV's neutralising lives with the CSV field rules (shared with the dashboard); xlsx writes every
// text as a string cell, never a formula, so it keeps its value.
export { csvText, isFormulaLike } from './csv-field.ts'

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
