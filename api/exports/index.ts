// Exports: what to export (tables, the claims-list filters, format, HXL, BOM) written to a stream.
// Used by the on-demand routes, the scheduler and the feeds alike.

import type { Writable } from 'node:stream'
import type { ClaimFilters } from '../claims/query.ts'
import type { Db } from '../db/client.ts'
import type { ExportFormat } from '../db/schema/exports.ts'
import { CHANGES_TABLE, type ChangeRow, changeSource, lastUpdated } from './change-log.ts'
import { writeCsv } from './csv.ts'
import { claimRows, pointRows, type ReadOptions, summaryRows } from './rows.ts'
import { type AnyTable, type HxlContext, type RowSource, TABLES, type TableName } from './tables.ts'
import { writeXlsx } from './xlsx.ts'

export * from './neutralise.ts'
export * from './tables.ts'
export { writeCsv, writeXlsx }

export interface ExportDefinition {
  /** One table for CSV; one sheet each in xlsx. */
  tables: TableName[]
  filters: ClaimFilters
  format: ExportFormat
  hxl: boolean
  /** CSV only: start with a UTF-8 byte-order mark. */
  bom: boolean
}

export interface WriteOptions extends ReadOptions {
  /** Title on the About sheet. */
  title?: string
  notes?: string[]
  madeAt?: Date
  /** xlsx: a "Changes" sheet after the data (scheduled exports: the change log since the last run). */
  changes?: ChangeRow[]
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** A table's rows matching the filters, as batches of cell values in the table's columns. */
export function tableRows(
  db: Db,
  table: TableName,
  filters: ClaimFilters,
  options: ReadOptions = {},
): RowSource {
  switch (table) {
    case 'claims':
      return claimRows(db, filters, options)
    case 'points':
      return pointRows(db, filters, options)
    case 'summary':
      return summaryRows(db, filters, options)
  }
}

export function hxlContext(filters: ClaimFilters): HxlContext {
  return { metrics: filters.metric }
}

// Rejected claims are what reviewers threw out: an export leaves them out unless its filters name a
// status (all three statuses for everything).
const DEFAULT_STATUS: ClaimFilters['status'] = ['pending', 'verified']

/** The filters an export reads with: its own, with the default status when it names none. */
export const exportFilters = (f: ClaimFilters): ClaimFilters =>
  f.status?.length ? f : { ...f, status: DEFAULT_STATUS }

const LABELS: Record<string, string> = {
  place: 'place (where claims are filed: division or country)',
  place_text: 'place as written',
  country: 'country (where claims are filed)',
  adm1: 'division (ISO 3166-2 code)',
}

/** The filters in words for the About sheet: "metric: killed, injured". */
export function describeFilters(f: ClaimFilters): string[] {
  const out: string[] = []
  // Always said, so a reader of the file knows whether rejected claims are in it.
  if (!f.status?.length) out.push('status: pending, verified (rejected claims left out, the default)')
  for (const [key, value] of Object.entries(f)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length))
      continue
    out.push(`${LABELS[key] ?? key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
  }
  if (!f.include_projected) out.push('projected figures (forecasts) left out')
  return out
}

/**
 * Writes the export to `out` and ends it; resolves with the number of data rows (all sheets).
 * Rejects when reading or writing fails, and then destroys `out`, so that no reader mistakes half a
 * file for a whole one.
 */
export async function writeExport(
  db: Db,
  def: ExportDefinition,
  out: Writable,
  options: WriteOptions = {},
): Promise<{ rows: number }> {
  // The writers see `out` fail (it is destroyed) and reject; an 'error' event nobody listens to
  // would crash the process instead.
  out.on('error', () => {})
  try {
    return await write(db, def, out, options)
  } catch (err) {
    out.destroy(err as Error)
    throw err
  }
}

async function write(db: Db, def: ExportDefinition, out: Writable, options: WriteOptions) {
  const read = { batchSize: options.batchSize, signal: options.signal }
  const filters = exportFilters(def.filters)
  const ctx = hxlContext(def.filters)
  if (def.format === 'csv') {
    const table = def.tables[0] ?? 'claims'
    const rows = tableRows(db, table, filters, read)
    return writeCsv(TABLES[table] as AnyTable, rows, out, {
      hxl: def.hxl,
      bom: def.bom,
      hxlContext: ctx,
      signal: options.signal,
    })
  }
  const sheets = def.tables.map((t) => ({
    table: TABLES[t] as AnyTable,
    rows: tableRows(db, t, filters, read),
  }))
  if (options.changes) sheets.push({ table: CHANGES_TABLE as AnyTable, rows: changeSource(options.changes) })
  const updated = await lastUpdated(db)
  const { rows } = await writeXlsx(sheets, out, {
    hxl: def.hxl,
    hxlContext: ctx,
    signal: options.signal,
    about: {
      title: options.title ?? 'Tally export',
      filters: describeFilters(def.filters),
      madeAt: options.madeAt ?? new Date(),
      notes: [
        `Last updated: ${updated ? updated.toISOString() : 'no claims yet'} (newest change to a claim)`,
        ...(options.notes ?? []),
      ],
    },
  })
  return { rows: rows.reduce((a, b) => a + b, 0) }
}

/** "tally-claims-2026-11-21.csv" */
export function downloadName(def: Pick<ExportDefinition, 'tables' | 'format'>, at = new Date()): string {
  return `tally-${def.tables.join('-')}-${at.toISOString().slice(0, 10)}.${def.format}`
}
