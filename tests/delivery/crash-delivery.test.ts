import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { request } from 'undici'
import { describe, expect, it, onTestFinished } from 'vitest'
import { slotSoon } from '../exports/helpers.ts'
import { ADMIN } from '../helpers/app.ts'
import { S3_KEYS, startS3 } from '../helpers/delivery-servers.ts'
import { call, signIn, waitFor } from '../helpers/http.ts'
import { exportingStorage, signInAndWaitFor, startServerProcess } from '../helpers/server-process.ts'

// Kill -9 while an upload is in flight: the S3 server has stored the object, but its answer is held
// back, so Tally cannot know. After the restart the delivery is taken over at once and finished once,
// and the bucket still holds exactly one object for the run. On PGlite, or the server with TEST_DATABASE_URL.
const storage = await exportingStorage('crash-delivery')

const body = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
  })

/** Passes requests on to the S3 server; the answer to the first PUT never comes back. */
async function holdingProxy(target: string) {
  const puts: string[] = []
  let held = false
  const server = createServer(async (req, res) => {
    const payload = await body(req)
    const answer = await request(`${target}${req.url}`, {
      method: req.method as 'PUT',
      headers: req.headers as Record<string, string>,
      body: payload.length ? payload : undefined,
    })
    const answerBody = Buffer.from(await answer.body.arrayBuffer())
    if (req.method === 'PUT') puts.push(`${req.url} ${answer.statusCode}`)
    if (req.method === 'PUT' && !held) {
      held = true
      return // stored upstream; the answer is kept from Tally
    }
    res.writeHead(answer.statusCode, { etag: String(answer.headers.etag ?? '') }).end(answerBody)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    puts,
    close: () => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

describe('a delivery killed mid-upload', () => {
  it('is finished once after the restart, and the bucket holds one object', async () => {
    const s3 = await startS3('crash-bucket')
    const proxy = await holdingProxy(s3.endpoint)
    const env = {
      ...storage.env,
      SECRETS_KEY: 'crash-test-key-long-enough-for-tally-000',
      DELIVERY_ALLOW_PRIVATE: 'on',
    }
    let server = await startServerProcess(env)
    onTestFinished(async () => {
      await server.kill('SIGKILL')
      await proxy.close()
      await s3.close()
    })
    const cookie = await signIn(server.base, ADMIN)
    const { slot, cron } = slotSoon()
    const created = await call(server.base, { cookie }, 'POST', '/api/exports/schedules', {
      name: 'Crash delivery',
      cron,
      tables: ['claims'],
      format: 'csv',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.id as number
    const dest = await call(server.base, { cookie }, 'POST', `/api/exports/schedules/${id}/destinations`, {
      kind: 's3',
      name: 'Bucket',
      endpoint: proxy.endpoint,
      bucket: 'crash-bucket',
      prefix: 'runs/',
      credentials: S3_KEYS,
    })
    expect(dest.status, JSON.stringify(dest.body)).toBe(201)

    // The object is in the bucket, Tally still waits for the answer: now it dies.
    await waitFor('the first upload to reach the bucket', async () => proxy.puts.length === 1, 60_000, 50)
    const key = `runs/crash-delivery-${slot.toISOString().slice(0, 10)}.csv`
    expect(await s3.keys()).toEqual([key])
    await server.kill('SIGKILL')

    server = await startServerProcess(env)
    const { items: deliveries } = await signInAndWaitFor<{ status: string }>(
      server,
      'the interrupted delivery to finish',
      `/api/exports/schedules/${id}/deliveries`,
      (items) => items.length > 0 && items.every((d) => d.status === 'succeeded'),
    )
    // Taken over because its process is gone, not after its lease ran out.
    expect(server.output()).toContain('taking over a delivery whose process died')
    expect(deliveries).toEqual([
      expect.objectContaining({ status: 'succeeded', attempts: 2, target: `s3://crash-bucket/${key}` }),
    ])
    expect(proxy.puts).toHaveLength(2)
    expect(await s3.keys()).toEqual([key])
    await server.kill('SIGTERM')
  }, 240_000)
})
