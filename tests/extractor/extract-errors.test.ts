// A failure inside the extractor gives no claims (ingest must go on) but is reported, not swallowed.
import { describe, expect, it, vi } from 'vitest'
import type * as Extractor from '../../api/extractor/index.ts'
import { extract, extractionFailureCount } from '../../api/ingest/prepare.ts'

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
  it('keeps the article, records why it has no claims, logs and counts it', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const before = extractionFailureCount()
    const out = extract({ input: { url: 'https://example.org/a', published: '2024-03-05' }, text: TEXT })
    expect(out.extracted).toEqual([])
    expect(out.extractionError).toContain('a bug in the extractor')
    expect(extractionFailureCount()).toBe(before + 1)
    expect(log.mock.calls[0]?.[0]).toContain('extraction failed for https://example.org/a')
    log.mockRestore()
  })
})
