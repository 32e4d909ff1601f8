import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.ts'

// A hostile HTML upload must not hold the event loop: caps refuse what cannot be converted safely,
// and conversion runs in worker threads while other requests keep answering.
let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.close())

const upload = (html: string) => t.as(t.adminCookie, 'POST', '/api/articles', { html })

async function healthLatencyDuring(work: Promise<unknown>) {
  let worst = 0
  let done = false
  const finished = work.finally(() => {
    done = true
  })
  while (!done) {
    const t0 = performance.now()
    await t.app.inject('/healthz')
    worst = Math.max(worst, performance.now() - t0)
    await new Promise((r) => setTimeout(r, 10))
  }
  await finished
  return worst
}

describe('hostile HTML uploads', () => {
  it('refuse deep nesting and too many tags with a 400 naming the field, at once', async () => {
    for (const html of [
      `${'<div>'.repeat(200_000)}Six people were killed in Hama.`,
      `${'<b>'.repeat(10_000)}Six people were killed in Hama.`,
      `<table>${'<tr><td>1</td></tr>'.repeat(50_000)}</table>`,
    ]) {
      const t0 = performance.now()
      const res = await upload(html)
      expect(res.statusCode).toBe(400)
      expect(res.json().error.message).toContain('body.html')
      expect(performance.now() - t0).toBeLessThan(1000)
    }
  })

  it('convert a large page within the caps while /healthz answers in under 100 ms', async () => {
    const html = `<html><body>${'<p><span>Aid</span> <span>convoy</span> <em>waited</em> at the crossing.</p>'.repeat(10_000)}<p>Six people were killed in Hama on Monday, officials said.</p></body></html>`
    const res = upload(html)
    const worst = await healthLatencyDuring(res)
    const answer = await res
    expect(answer.statusCode, answer.body.slice(0, 200)).toBe(201)
    expect(answer.json().article.claim_count).toBeGreaterThan(0)
    expect(worst).toBeLessThan(100)
  }, 120_000)

  it('report a bad HTML item of a batch on its own', async () => {
    const res = await t.as(t.adminCookie, 'POST', '/api/articles/batch', {
      articles: [
        { html: '<i>'.repeat(5000) },
        { html: '<p>Floods displaced 400 families in Sylhet.</p>' },
        { html: '<p>x</p>', title: 'a\u0000b' },
      ],
    })
    expect(res.json()).toMatchObject({ created: 1, failed: 2 })
    expect(res.json().results[0].error.message).toContain('articles.0.html')
  })
})
