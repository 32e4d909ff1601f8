// A local SMTP server and a local webhook receiver for the alert tests: they keep what arrives so a test
// can count it. Both listen on 127.0.0.1 only.
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  to: string[]
  raw: string
}

export async function startSmtp(opts: { holdFirstMs?: number } = {}) {
  const mails: ReceivedMail[] = []
  let held = false
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Holding the first MAIL FROM lets a test kill the sender mid-conversation, before any message is in.
    onMailFrom(_address, _session, callback) {
      if (opts.holdFirstMs && !held) {
        held = true
        setTimeout(() => callback(), opts.holdFirstMs)
      } else callback()
    },
    onData(stream, session, callback) {
      let raw = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        raw += chunk
      })
      stream.on('end', () => {
        mails.push({ to: (session.envelope.rcptTo || []).map((r) => r.address), raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export interface ReceivedPost {
  headers: IncomingHttpHeaders
  body: string
  /** False when the sender went away before the answer reached it. */
  answered: boolean
}

/** Answers each post with `status()` (200 by default) after `delayMs()`. */
export async function startReceiver(opts: { status?: () => number; delayMs?: () => number } = {}) {
  const posts: ReceivedPost[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (c: string) => {
      body += c
    })
    req.on('end', () => {
      const post: ReceivedPost = { headers: req.headers, body, answered: false }
      posts.push(post)
      setTimeout(() => {
        res.on('finish', () => {
          post.answered = !req.socket.destroyed
        })
        res.writeHead(opts.status?.() ?? 200).end('ok')
      }, opts.delayMs?.() ?? 0)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/hook`,
    posts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
