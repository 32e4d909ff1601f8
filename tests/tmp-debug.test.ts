import { it } from 'vitest'
import { startTestApp } from './helpers/app.ts'
import { readSeeds } from './helpers/seeds.ts'
it('debug', async () => {
  const t = await startTestApp({ LOG_LEVEL: 'error' })
  const editor = await t.userWithRole('editor')
  const seeds = await readSeeds()
  for (const s of seeds) {
    const r = await t.app.inject({ method: 'POST', url: '/api/articles', headers: { cookie: editor }, payload: { text: s.text, published: s.published } })
    console.log(r.statusCode, r.body.slice(0, 300))
  }
  await t.close()
}, 60000)
