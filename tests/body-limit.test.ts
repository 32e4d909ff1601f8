// BODY_LIMIT_MB may be a fraction: Tally starts and holds the limit to the byte (Fastify needs whole bytes).
import { expect, it } from 'vitest'
import { startTestApp } from './helpers/app.ts'

it('starts with a fractional BODY_LIMIT_MB and refuses a body one byte over it', async () => {
  const t = await startTestApp({ BODY_LIMIT_MB: '0.1', SCHEDULER: 'off' })
  try {
    const limit = Math.floor(0.1 * 1024 * 1024)
    const over = JSON.stringify({ text: 'x'.repeat(limit) })
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { cookie: t.adminCookie, 'content-type': 'application/json' },
      payload: over,
    })
    expect(res.statusCode).toBe(413)
  } finally {
    await t.close()
  }
})
