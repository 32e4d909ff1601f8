// node --import tsx bench/extract-same.ts OUT.json [EXTRACTOR_INDEX]
// Every claim the extractor makes on the seeds and on every development set (news, languages, reports,
// grammar; never the held-out sets), as one JSON file: a pure speed change must leave it byte-identical.
// Each text is read twice, as detected and as labelled. An older extractor (a copy of api/extractor at
// another commit, e.g. from `git archive`) can be given to write the file to compare with.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { GOLD_FILE, haveSeeds } from '../tests/helpers/seeds.ts'

const DEV_SET = fileURLToPath(new URL('../tests/dev-set/', import.meta.url))

function jsonlUnder(dir: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) found.push(...jsonlUnder(path))
    else if (name.endsWith('.jsonl')) found.push(path)
  }
  return found
}

async function main(): Promise<void> {
  const [out, index] = process.argv.slice(2)
  if (!out) throw new Error('usage: bench/extract-same.ts OUT.json [EXTRACTOR_INDEX]')
  const module = index ? pathToFileURL(resolve(index)).href : '../api/extractor/index.ts'
  const { extractClaims } = (await import(module)) as typeof import('../api/extractor/index.ts')
  const files = [...(haveSeeds ? [GOLD_FILE] : []), ...jsonlUnder(DEV_SET)]
  const runs: unknown[] = []
  const onError = (error: unknown) => {
    throw error
  }
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue
      const d = JSON.parse(line)
      if (typeof d.text !== 'string') continue
      const published = d.published ?? null
      runs.push({
        file: file.slice(file.lastIndexOf('/') + 1),
        id: d.id,
        claims: extractClaims(d.text, { published, onError }),
      })
      runs.push({
        id: d.id,
        labelled: d.language ?? null,
        claims: extractClaims(d.text, { published, language: d.language ?? undefined, onError }),
      })
    }
  }
  writeFileSync(out, JSON.stringify(runs, null, 1))
  console.log(`${files.length} files, ${runs.length} extractions -> ${out}`)
}

await main()
