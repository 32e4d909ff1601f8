// node --import tsx bench/extract-snapshot.ts [out-file]
// Every claim and every resolved place of every text the project has (the seeds, the development and
// held-out sets, every language and format), written to one file with its sha1: a speed change to the
// extractor must leave the sha1 as it was. Each text is read with its language detected and, when the
// set gives one, with that language too (ingest does both).

import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractClaims } from '../api/extractor/index.ts'
import { resolveArticlePlaces } from '../api/geo/resolve.ts'
import { GOLD_FILE, haveSeeds, readSeedTexts, seedsMissing } from '../tests/helpers/seeds.ts'

const TESTS = fileURLToPath(new URL('../tests/', import.meta.url))

function jsonlUnder(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...jsonlUnder(path))
    else if (name.endsWith('.jsonl')) out.push(path)
  }
  return out
}

if (!haveSeeds) seedsMissing()
const files = [
  ...(haveSeeds ? [GOLD_FILE] : []),
  ...jsonlUnder(join(TESTS, 'dev-set')),
  ...jsonlUnder(join(TESTS, 'held-out')),
]
const lines: string[] = []
let texts = 0
const snap = (label: string, text: string, published: string | null, language?: string) => {
  const claims = extractClaims(text, { published, language })
  lines.push(
    JSON.stringify({ label, language: language ?? null, claims, places: resolveArticlePlaces(claims) }),
  )
}
for (const file of files) {
  const rel = file.startsWith(TESTS) ? file.slice(TESTS.length) : 'seeds/gold.jsonl'
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const d = JSON.parse(line)
    texts++
    snap(`${rel}#${d.id}`, d.text, d.published ?? null)
    if (d.language) snap(`${rel}#${d.id}`, d.text, d.published ?? null, d.language)
  }
}
for (const { name, text } of readSeedTexts()) {
  texts++
  snap(`seeds/${name}`, text, null)
}
const body = `${lines.join('\n')}\n`
const out = process.argv[2] ?? '/tmp/extract-snapshot.jsonl'
writeFileSync(out, body)
console.log(`${texts} texts, ${lines.length} readings -> ${out}`)
console.log(`sha1 ${createHash('sha1').update(body).digest('hex')}`)
