// The ceiling for bench/http.ts: a bare Fastify server answering GET /api/series/:id with the JSON Tally
// gave for that series, held in memory. No auth, no database, no schema: what Node and Fastify cost alone.
import { readFileSync } from 'node:fs'
import Fastify from 'fastify'

const body = JSON.parse(readFileSync(process.env.BODY_FILE!, 'utf8'))
const app = Fastify({ logger: false })
app.get('/readyz', async () => ({ status: 'ready' }))
app.get('/api/series/:id', async () => body)
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' })
