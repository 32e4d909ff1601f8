import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown

/** An HTTP server on 127.0.0.1 serving the handlers a test registers by path; tests never go further. */
export interface FixtureServer {
  base: string
  host: string
  route(path: string, handler: Handler): void
  /** Shorthand: a fixed body with a content type. */
  serve(path: string, contentType: string, body: string | Buffer, headers?: Record<string, string>): void
  hits(path: string): number
  close(): Promise<void>
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Handler>()
  const counts = new Map<string, number>()
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    counts.set(path, (counts.get(path) ?? 0) + 1)
    const handler = routes.get(path) ?? routes.get(req.url ?? '/')
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here')
      return
    }
    try {
      await handler(req, res)
    } catch {
      if (!res.headersSent) res.writeHead(500).end()
      else res.destroy()
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    route: (path, handler) => routes.set(path, handler),
    serve: (path, contentType, body, headers = {}) =>
      routes.set(path, (_req, res) => {
        res.writeHead(200, { 'content-type': contentType, ...headers }).end(body)
      }),
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}
