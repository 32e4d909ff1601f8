import { readFileSync } from 'node:fs'
import { extractClaims } from './api/extractor/index.ts'
const files = process.argv.slice(2)
for (const f of files) {
  const text = readFileSync(f, 'utf8')
  const claims = extractClaims(text, { published: '2020-01-01' })
  console.log(f.split('/').pop(), JSON.stringify([...new Set(claims.map((c) => `${c.location}|${c.country}`))]))
}
const arts = JSON.parse(readFileSync('./api/sample-data/articles.json', 'utf8'))
for (const a of arts) console.log(a.title?.slice(0,30), JSON.stringify([...new Set(extractClaims(a.text, { published: a.published }).map((c) => `${c.location}|${c.country}`))]))
