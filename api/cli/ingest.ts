// Loads article files into Tally: `npm run ingest -- FILES... [--api URL --token TOKEN]`.
// .txt (one article), .html (converted to text), .jsonl (one article object a line), .pdf; http(s) URLs are
// fetched (pages and PDFs, api/intake) and `--subscribe URL` watches a feed, ReliefWeb query or page.
// Without --api it writes straight into the configured database (for the embedded database, stop
// the server first: one process at a time owns its data folder).
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { parseArgs } from 'node:util'
import { SingleBar } from 'cli-progress'
import { toArticleInput } from '../articles/articles.ts'
import { SYSTEM } from '../audit/audit.ts'
import { loadConfig } from '../config.ts'
import { openDatabase } from '../db/client.ts'
import { type ArticleInput, ingestArticle } from '../ingest/ingest.ts'
import { ingestPdfVia, ingestUrlVia, isPdf, isUrl, subscribeVia, type UrlTarget } from '../intake/cli.ts'
import { seedSourceAliases } from '../series/store/source-table.ts'

type Item = { label: string; input?: ArticleInput & { html?: string }; error?: string }

function readItems(file: string): Item[] {
  try {
    const raw = readFileSync(file, 'utf8')
    const ext = extname(file).toLowerCase()
    if (ext === '.jsonl') {
      return raw
        .split('\n')
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => line.trim())
        .map(({ line, i }) => {
          try {
            return { label: `${file}:${i + 1}`, input: JSON.parse(line) }
          } catch (err) {
            return { label: `${file}:${i + 1}`, error: `not JSON: ${(err as Error).message}` }
          }
        })
    }
    if (ext === '.html' || ext === '.htm') return [{ label: file, input: { html: raw } }]
    if (ext === '.txt') return [{ label: file, input: { text: raw, title: basename(file, ext) } }]
    return [{ label: file, error: 'unsupported file type (use .txt, .html, .jsonl or .pdf)' }]
  } catch (err) {
    return [{ label: file, error: (err as Error).message }]
  }
}

async function viaApi(api: string, token: string) {
  return async (input: ArticleInput) => {
    const res = await fetch(new URL('/api/articles', api), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    })
    const body = (await res.json()) as {
      status?: string
      article?: { claim_count: number }
      error?: { message: string }
    }
    if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`)
    return { status: body.status as string, claims: body.article?.claim_count ?? 0 }
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      api: { type: 'string' },
      token: { type: 'string' },
      subscribe: { type: 'string', multiple: true },
    },
  })
  if (!positionals.length && !values.subscribe?.length) {
    console.error(
      'usage: npm run ingest -- FILES_OR_URLS... [--subscribe URL]... [--api http://localhost:8080 --token tly_...]',
    )
    process.exit(2)
  }
  const urls = positionals.filter(isUrl)
  const pdfs = positionals.filter(isPdf)
  const items: Item[] = positionals.filter((p) => !isUrl(p) && !isPdf(p)).flatMap(readItems)
  let close = async () => {}
  let send: (input: ArticleInput) => Promise<{ status: string; claims: number }>
  let target: UrlTarget
  if (values.api) {
    if (!values.token) throw new Error('--api needs --token')
    send = await viaApi(values.api, values.token)
    target = { api: values.api, token: values.token }
  } else {
    const config = loadConfig()
    const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR })
    // Attributions resolve through the alias table, which a first start would otherwise seed.
    await seedSourceAliases(database.db)
    close = () => database.close()
    target = { database, config }
    send = async (input) => {
      const r = await ingestArticle(database.db, { ...SYSTEM, label: 'cli' }, input)
      if (r.extractionError)
        console.error(`extraction failed for ${input.url ?? input.title ?? 'a text'}: ${r.extractionError}`)
      return { status: r.status, claims: r.claimCount }
    }
  }

  const bar = new SingleBar({
    format: 'ingest [{bar}] {value}/{total} {file}',
    hideCursor: true,
    noTTYOutput: true,
  })
  bar.start(items.length, 0, { file: '' })
  const tally = { created: 0, existing: 0, failed: 0, claims: 0 }
  const failures: string[] = []
  for (const item of items) {
    bar.increment(0, { file: basename(item.label) })
    try {
      if (item.error) throw new Error(item.error)
      const r = await send(toArticleInput(item.input!))
      tally[r.status as 'created' | 'existing']++
      tally.claims += r.status === 'created' ? r.claims : 0
    } catch (err) {
      tally.failed++
      failures.push(`${item.label}: ${(err as Error).message}`)
    }
    bar.increment(1)
  }
  bar.stop()
  const documents = [
    ...urls.map((u) => ({ label: u, go: () => ingestUrlVia(target, u) })),
    ...pdfs.map((f) => ({ label: f, go: () => ingestPdfVia(target, f) })),
  ]
  for (const { label: url, go } of documents) {
    try {
      const r = await go()
      tally[r.status as 'created' | 'existing']++
      tally.claims += r.status === 'created' ? r.claims : 0
    } catch (err) {
      tally.failed++
      failures.push(`${url}: ${(err as Error).message}`)
    }
  }
  for (const url of values.subscribe ?? []) {
    try {
      console.log(await subscribeVia(target, url))
    } catch (err) {
      tally.failed++
      failures.push(`--subscribe ${url}: ${(err as Error).message}`)
    }
  }
  await close()
  for (const f of failures) console.error(`skipped ${f}`)
  console.log(
    `${tally.created} created (${tally.claims} claims), ${tally.existing} already stored, ${tally.failed} failed`,
  )
  process.exitCode = tally.failed && !tally.created && !tally.existing ? 1 : 0
}

await main()
