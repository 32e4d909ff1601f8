import type { ExtractedClaim } from '../extractor/index.ts'
import { detectLanguage, extractClaims } from '../extractor/index.ts'
import { badRequest } from '../http/errors.ts'
import { contentHash, findPublishedDate } from '../text/article-text.ts'
import { type Fingerprint, fingerprint } from '../text/near-duplicate.ts'
import type { OutletInput } from './outlets.ts'

// The CPU work of ingest, apart from the database.

export interface ArticleInput {
  text?: string
  title?: string | null
  url?: string | null
  outlet?: OutletInput
  published?: string | null
  language?: string | null
}

/** An article checked and identified: enough to find it if it is already stored. */
export interface Identified {
  input: ArticleInput
  text: string
  hash: string
  url: string | null
}

/** What extraction adds: the claims, the text's language and the near-duplicate fingerprint. */
export interface Extracted {
  published: string | null
  language: string | null
  extracted: ExtractedClaim[]
  /** Why the extractor failed on this text (its claims are then none), for the caller to log or count. */
  extractionError?: string
  print: Fingerprint
}

/** An article with the CPU work done: what the transaction writes. */
export type Prepared = Identified & Extracted

export function identify(input: ArticleInput): Identified {
  const text = input.text ?? ''
  if (!text.trim()) throw badRequest('body.text', 'must not be empty')
  return { input, text, hash: contentHash(text), url: input.url?.trim() || null }
}

export function extract(a: Pick<Identified, 'input' | 'text'>): Extracted {
  const published = a.input.published ?? findPublishedDate(a.text)
  const language = a.input.language?.trim().toLowerCase() || detectLanguage(a.text)
  let extractionError: string | undefined
  const extracted = extractClaims(a.text, {
    published,
    language,
    onError: (err) => {
      extractionError = err instanceof Error ? (err.stack ?? err.message) : String(err)
    },
  })
  // The article is still stored (a bad text must not stop ingest); the caller logs why it has no figures.
  return {
    published: published ?? null,
    language,
    extracted,
    ...(extractionError ? { extractionError } : {}),
    print: fingerprint(a.text),
  }
}

export const prepare = (a: Identified): Prepared => ({ ...a, ...extract(a) })
