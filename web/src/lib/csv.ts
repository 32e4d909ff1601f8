// CSV for spreadsheets, written by the same field rules as the API's exports (quoting, and text a
// spreadsheet would run as a formula prefixed with an apostrophe).
import { type CsvValue, csvValue } from '../../../api/exports/csv-field.ts'

export type Cell = CsvValue

export const csvCell = csvValue

export function toCsv(header: string[], rows: Cell[][]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`
}
