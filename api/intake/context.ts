import type { BaseLogger } from 'pino'
import type { Config } from '../config.ts'
import type { Db } from '../db/client.ts'
import { type Fetcher, fetcherFromConfig } from './fetch/index.ts'
import type { PdfLimits } from './read/pdf.ts'

/** What the intake steps need: the database, the fetcher and a few settings. */
export interface IntakeContext {
  db: Db
  fetcher: Fetcher
  archiveDir: string
  pdf: PdfLimits
  /** Sent as ReliefWeb's `appname` when the subscription's URL has none. */
  appname: string
  log: Pick<BaseLogger, 'debug' | 'info' | 'warn' | 'error'>
}

export function intakeContext(db: Db, config: Config, log: IntakeContext['log']): IntakeContext {
  return {
    db,
    fetcher: fetcherFromConfig(config),
    archiveDir: config.ARCHIVE_DIR,
    pdf: { maxPages: config.INTAKE_PDF_MAX_PAGES, timeoutMs: config.INTAKE_TIMEOUT_S * 1000 },
    appname: 'tally',
    log,
  }
}
