// How fast the dashboard draws a big series: 5,000 points from 4 sources on the series page, in
// Debian's Chromium. The built app (web/dist) is served from memory and the API is faked, so this
// measures the browser side only. Run: npm run build:web && npm run bench:web
import { existsSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../tests/helpers/chromium.ts'

const dist = fileURLToPath(new URL('../web/dist', import.meta.url))
const POINTS = Number(process.env.POINTS ?? 5000)
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error('web/dist is missing: run npm run build:web first')
  process.exit(1)
}

const sources = ['sohr', 'un', 'who', 'moh']
const summary = {
  id: 1,
  topic_id: 1,
  title: 'Benchmark series',
  kind: 'cumulative',
  since_date: '2011-01-01',
  pinned: false,
  metric: 'killed',
  group: { key: 'people', label: 'people' },
  place: { key: 'SYR', name: 'Syria', country: 'SYR' },
  claim_count: POINTS,
  point_count: POINTS,
  source_count: sources.length,
  first_date: '2011-01-02',
  last_date: '2024-12-31',
  latest: null,
  previous_low: null,
  change: null,
  disagreement_count: 0,
  revision_count: 0,
  updated_at: new Date().toISOString(),
}
const start = Date.parse('2011-01-02T00:00:00Z')
const points = Array.from({ length: POINTS }, (_, i) => {
  const source = sources[i % sources.length]
  const low = Math.round(100 + i * 80 + Math.sin(i / 40) * 500)
  const qualifier = ['exact', 'at_least', 'approx', 'range'][i % 4]
  return {
    key: `${source}|${i}`,
    source_key: source,
    source_name: source.toUpperCase(),
    as_of: new Date(start + Math.floor(i / sources.length) * 3 * 86_400_000).toISOString().slice(0, 10),
    low,
    high: qualifier === 'range' ? low + 200 : qualifier === 'exact' ? low : null,
    qualifier,
    repeated_on: [],
    verified: false,
    citations: 1 + (i % 3),
    claim_ids: [i + 1],
    change: null,
    denied: false,
    quotes: [
      {
        claim_id: i + 1,
        quote: `reported ${low} killed`,
        article_id: 1,
        article_title: 'a',
        outlet: 'o',
        url: null,
        published: null,
        start: null,
        end: null,
      },
    ],
  }
})
const detail = {
  series: summary,
  sources: sources.map((k) => ({ key: k, name: k.toUpperCase() })),
  points,
  disagreements: [],
  revisions: [],
  increments: [],
}
const user = {
  id: 1,
  email: 'bench@tally.local',
  name: 'Bench',
  role: 'viewer',
  disabled: false,
  created_at: '',
}

const browser = await launchChromium()
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
await page.route('http://tally.bench/**', async (route) => {
  const url = new URL(route.request().url())
  const json = (body: unknown) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) })
  if (url.pathname === '/api/auth/me') return json({ user })
  if (url.pathname === '/api/series/1') return json(detail)
  if (url.pathname === '/api/series') return json({ items: [summary], next_cursor: null })
  const file = join(dist, url.pathname === '/' ? 'index.html' : url.pathname)
  if (!existsSync(file)) return route.fulfill({ status: 404, body: '' })
  return route.fulfill({
    contentType: TYPES[extname(file)] ?? 'application/octet-stream',
    body: readFileSync(file),
  })
})

const runs: { first: number; redraw: number }[] = []
for (let run = 0; run < 5; run++) {
  await page.goto('about:blank')
  await page.goto('http://tally.bench/#/series/1')
  // From the series' answer arriving to the chart drawn once (Chart.tsx marks it after the first draw).
  await page.waitForFunction(() => performance.getEntriesByName('tally:chart:series').length > 0)
  const first = await page.evaluate(() => {
    const answer = performance
      .getEntriesByType('resource')
      .find((e) => e.name.endsWith('/api/series/1')) as PerformanceResourceTiming
    return performance.getEntriesByName('tally:chart:series')[0].startTime - answer.responseEnd
  })
  const redraw = await page.evaluate(() => {
    const c = window.tallyCharts!.series
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now()
      c.update('none')
      times.push(performance.now() - t0)
    }
    return times.sort((a, b) => a - b)[2]
  })
  runs.push({ first, redraw })
}
await browser.close()

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const first = median(runs.map((r) => r.first))
const redraw = median(runs.map((r) => r.redraw))
console.log(
  `series chart, ${POINTS} points from ${sources.length} sources (median of ${runs.length} page loads):`,
)
console.log(`  page open to first draw (after the answer): ${first.toFixed(0)} ms`)
console.log(
  `  full redraw (update):                        ${redraw.toFixed(1)} ms ${redraw <= 300 ? '(within 300 ms)' : '(OVER 300 ms)'}`,
)

declare global {
  interface Window {
    tallyCharts?: Record<string, import('chart.js').Chart>
  }
}
