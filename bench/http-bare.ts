// The ceilings for bench/http.ts: a bare Fastify server answering GET /api/series/:id with the JSON Tally
// gave for that series, held in memory. No auth, no database, no schema: what Node and Fastify cost alone.
// As an object (serialised per request, as a route without a response schema does) or, with
// PREPARED=1, as the prepared string (what a cached answer could send: the real ceiling).
import { readFileSync } from 'node:fs'
import Fastify from 'fastify'

const raw = readFileSync(process.env.BODY_FILE!, 'utf8')
const body = JSON.parse(raw)
const prepared = process.env.PREPARED === '1'
const app = Fastify({ logger: false })
app.get('/readyz', async () => ({ status: 'ready' }))
app.get('/api/series/:id', async (_request, reply) =>
  prepared ? reply.type('application/json; charset=utf-8').send(raw) : body,
)
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' })
