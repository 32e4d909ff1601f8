import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { badRequest } from '../http/errors.ts'
import { checkHtmlShape } from '../text/html-shape.ts'

// Converting a large HTML page takes seconds of CPU; on the main thread that froze every other
// request (a 1 MB page held /healthz for 38 s). Conversions run in a small pool of worker threads,
// each with a time limit after which its worker is ended and the client told.
const JOB_LIMIT_MS = 10_000

// Compiled (dist/server.js), the worker is its own bundle beside the server (scripts/build-api.ts);
// from source, the workers load TypeScript through tsx, as the server does.
const compiled = import.meta.url.endsWith('.js')
const workerFile = compiled
  ? new URL('./html-worker.js', import.meta.url)
  : new URL('../text/html-worker.ts', import.meta.url)
const workerArgv = () =>
  compiled
    ? process.execArgv
    : [
        ...process.execArgv.filter((a) => !a.includes('tsx') && a !== '--import'),
        '--import',
        import.meta.resolve('tsx'),
      ]
let pool: Piscina | undefined
function thePool() {
  pool ??= new Piscina({
    filename: workerFile.href,
    execArgv: workerArgv(),
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
    idleTimeout: 30_000,
  })
  return pool
}

/** Text and title of an HTML page, converted off the main thread; 400 naming `field` when it is too much. */
export async function htmlToTextOffThread(html: string, field = 'body.html') {
  checkHtmlShape(html, field)
  try {
    return (await thePool().run({ html }, { signal: AbortSignal.timeout(JOB_LIMIT_MS) })) as {
      title: string | null
      text: string
    }
  } catch (err) {
    if ((err as Error).name === 'AbortError' || (err as Error).name === 'TimeoutError') {
      throw badRequest(field, `took longer than ${JOB_LIMIT_MS / 1000} s to convert; send the text instead`)
    }
    throw err
  }
}

/** A body whose HTML is replaced by its text (converted off the main thread); others as they are. */
export async function withHtmlConverted<T extends { html?: string; text?: string; title?: string | null }>(
  body: T,
  field = 'body.html',
): Promise<T> {
  if (body.html === undefined || body.text !== undefined) return body
  const { title, text } = await htmlToTextOffThread(body.html, field)
  const { html: _html, ...rest } = body
  return { ...rest, text, title: body.title ?? title } as T
}

export async function closeHtmlPool() {
  const p = pool
  pool = undefined
  await p?.destroy()
}
