import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { SYSTEM } from '../audit/audit.ts'
import type { Config } from '../config.ts'
import type { Database } from '../db/client.ts'
import { intakeContext } from './context.ts'
import { createSubscription } from './subscriptions.ts'
import { ingestUpload, ingestUrl } from './url-ingest.ts'

// `npm run ingest -- URL…` fetches and ingests pages and PDFs; `--subscribe URL` watches a source.
// Straight into the database, or through a running Tally with --api/--token.

export const isUrl = (arg: string) => /^https?:\/\//i.test(arg)
export const isPdf = (arg: string) => !isUrl(arg) && extname(arg).toLowerCase() === '.pdf'

export type UrlTarget = { api: string; token: string } | { database: Database; config: Config }

const CLI = { ...SYSTEM, label: 'cli' }

export async function ingestUrlVia(
  target: UrlTarget,
  url: string,
): Promise<{ status: string; claims: number }> {
  if ('api' in target) {
    const body = await post(target, '/api/articles', { url })
    return { status: body.status as string, claims: (body.article as { claim_count: number }).claim_count }
  }
  const ctx = intakeContext(target.database.db, target.config, console)
  try {
    const r = await ingestUrl(ctx, url, {}, CLI)
    return { status: r.status, claims: r.claimCount }
  } finally {
    await ctx.fetcher.close()
  }
}

/** A PDF file: read, archived and ingested like a fetched one. */
export async function ingestPdfVia(
  target: UrlTarget,
  file: string,
): Promise<{ status: string; claims: number }> {
  const bytes = readFileSync(file)
  const title = basename(file, extname(file))
  if ('api' in target) {
    const res = await fetch(
      new URL(`/api/articles/document?title=${encodeURIComponent(title)}`, target.api),
      {
        method: 'POST',
        headers: { 'content-type': 'application/pdf', authorization: `Bearer ${target.token}` },
        body: bytes,
      },
    )
    const body = (await res.json()) as {
      status: string
      article: { claim_count: number }
      error?: { message: string }
    }
    if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`)
    return { status: body.status, claims: body.article.claim_count }
  }
  const ctx = intakeContext(target.database.db, target.config, console)
  try {
    const r = await ingestUpload(ctx, bytes, 'application/pdf', { title }, CLI)
    return { status: r.status, claims: r.claimCount }
  } finally {
    await ctx.fetcher.close()
  }
}

/** Adds the subscription; it is polled by the server's or a worker's jobs. */
export async function subscribeVia(target: UrlTarget, url: string): Promise<string> {
  if ('api' in target) {
    const body = await post(target, '/api/subscriptions', { url })
    return `subscription ${body.id}: ${body.kind} "${body.name}"`
  }
  const ctx = intakeContext(target.database.db, target.config, console)
  try {
    const s = await createSubscription(ctx, CLI, { url })
    return `subscription ${s.id}: ${s.kind} "${s.name}" (polled by the server's or a worker's jobs)`
  } finally {
    await ctx.fetcher.close()
  }
}

async function post(target: { api: string; token: string }, path: string, payload: unknown) {
  const res = await fetch(new URL(path, target.api), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body: JSON.stringify(payload),
  })
  const body = (await res.json()) as Record<string, unknown> & { error?: { message: string } }
  if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`)
  return body
}
