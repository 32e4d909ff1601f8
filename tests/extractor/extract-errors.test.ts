// A failure inside the extractor gives no claims (ingest must go on) but is reported, not swallowed.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { SYSTEM } from '../../api/audit/audit.ts'
import type * as Extractor from '../../api/extractor/index.ts'
import { ingestArticle, logExtractionFailure } from '../../api/ingest/ingest.ts'
import { extract } from '../../api/ingest/prepare.ts'
import { startTestApp, type TestApp } from '../helpers/app.ts'

// prepare.ts sees an extractor that always fails; the real one is imported as it is for the first tests.
vi.mock('../../api/extractor/index.ts', async (actual) => ({
  ...(await actual<typeof Extractor>()),
  extractClaims: (_text: string, options: Extractor.ExtractOptions = {}) => {
    options.onError?.(new Error('a bug in the extractor'))
    return []
  },
}))
const real = await vi.importActual<typeof Extractor>('../../api/extractor/index.ts')

// Options whose language cannot be read: the extractor fails inside, as a bug would make it.
const broken = (onError?: (e: unknown) => void) => ({
  onError,
  get language(): string {
    throw new Error('unreadable option')
  },
})
const TEXT = 'At least 12 people were killed in Idlib, the civil defence said on Tuesday.'

describe('extractClaims on a failure', () => {
  it('hands the error to onError and gives no claims', () => {
    const seen: unknown[] = []
    expect(
      real.extractClaims(
        TEXT,
        broken((e) => seen.push(e)),
      ),
    ).toEqual([])
    expect(seen).toHaveLength(1)
    expect((seen[0] as Error).message).toBe('unreadable option')
  })
  it('still gives no claims, without throwing, when nobody listens', () => {
    expect(real.extractClaims(TEXT, broken())).toEqual([])
  })
  it('throws what onError throws (the tests rethrow)', () => {
    expect(() =>
      real.extractClaims(
        TEXT,
        broken((e) => {
          throw e
        }),
      ),
    ).toThrow('unreadable option')
  })
  it('reads the text as before when nothing fails', () => {
    expect(real.extractClaims(TEXT, { onError: () => expect.unreachable() }).map((c) => c.low)).toEqual([12])
  })
})

describe('ingest on an extractor failure', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp()
  })
  afterAll(() => t?.close())

  it('keeps the article and says why it has no claims', () => {
    const out = extract({ input: { url: 'https://example.org/a', published: '2024-03-05' }, text: TEXT })
    expect(out.extracted).toEqual([])
    expect(out.extractionError).toContain('a bug in the extractor')
  })
  it('stores the article over HTTP, with no claims', async () => {
    const res = await t.as(t.adminCookie, 'POST', '/api/articles', { text: TEXT, title: 'Failing text' })
    expect(res.statusCode).toBe(201)
    expect(res.json().article.claim_count).toBe(0)
  })
  it('hands the error to the caller, which logs it with the article', async () => {
    const result = await ingestArticle(t.app.db, SYSTEM, { text: `${TEXT} Another text.` })
    expect(result.status).toBe('created')
    expect(result.extractionError).toContain('a bug in the extractor')
    const logged: unknown[][] = []
    logExtractionFailure({ error: (...args: unknown[]) => logged.push(args) }, result)
    expect(logged).toHaveLength(1)
    expect(logged[0]?.[0]).toMatchObject({ articleId: result.article.id })
    // The same text again is found, not extracted again: nothing to log.
    const again = await ingestArticle(t.app.db, SYSTEM, { text: `${TEXT} Another text.` })
    expect(again.status).toBe('existing')
    expect(again.extractionError).toBeUndefined()
  })
})
