// npm run extract -- --jsonl IN.jsonl [--out OUT.jsonl]
// Each input line {"id", "text", "published"?} gives one output line {"id", "claims": [...]}.
// With --out nothing else is written to stdout.

import { readFileSync, writeFileSync } from 'node:fs'
import { extractClaims } from '../extractor/index.ts'

function arg(name: string): string | null {
  const i = process.argv.indexOf(name)
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null
}

function main(): void {
  const input = arg('--jsonl')
  const out = arg('--out')
  if (!input) {
    console.error('usage: npm run extract -- --jsonl IN.jsonl [--out OUT.jsonl]')
    process.exit(2)
  }
  const lines: string[] = []
  readFileSync(input, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      if (!line.trim()) return
      let doc: { id?: unknown; text?: unknown; published?: unknown }
      try {
        doc = JSON.parse(line)
      } catch {
        console.error(`${input}:${n + 1}: not JSON, skipped`)
        return
      }
      const text = typeof doc.text === 'string' ? doc.text : ''
      const published = typeof doc.published === 'string' ? doc.published : null
      lines.push(
        JSON.stringify({
          id: doc.id ?? null,
          claims: extractClaims(text, {
            published,
            onError: (err) => console.error(`${input}:${n + 1}: extraction failed: ${err}`),
          }),
        }),
      )
    })
  const body = lines.length > 0 ? `${lines.join('\n')}\n` : ''
  if (out) writeFileSync(out, body)
  else process.stdout.write(body)
}

main()
