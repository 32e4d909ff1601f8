import type { Config } from '../../config.ts'
import { Fetcher } from './fetcher.ts'

export { IntakeError } from './errors.ts'
export type { FetchResult } from './fetcher.ts'
export { Fetcher }

const MB = 1024 * 1024

/** The fetcher with this deployment's settings (per-host concurrency is fixed at 2, as asked of crawlers). */
export function fetcherFromConfig(config: Config): Fetcher {
  return new Fetcher({
    allowPrivate: config.INTAKE_ALLOW_PRIVATE === 'on',
    contact: config.INTAKE_CONTACT,
    timeoutMs: config.INTAKE_TIMEOUT_S * 1000,
    maxRedirects: config.INTAKE_MAX_REDIRECTS,
    limits: {
      feed: config.INTAKE_FEED_MB * MB,
      page: config.INTAKE_PAGE_MB * MB,
      pdf: config.INTAKE_PDF_MB * MB,
    },
    hostConcurrency: 2,
    hostDelayMs: config.INTAKE_HOST_DELAY_MS,
  })
}
