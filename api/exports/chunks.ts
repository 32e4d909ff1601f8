// Output in chunks of a few hundred rows. Each row's text goes into a Buffer as soon as it is made, so
// it dies young: a batch built as one long string (a rope of small pieces, kept alive until the batch
// was written) made the garbage collector the biggest cost of an export. The writers wait for room in
// their output only between database batches.
import type { Writable } from 'node:stream'

export class Chunk {
  private buf: Buffer
  private length = 0

  constructor(expectedBytes = 1 << 16) {
    this.buf = Buffer.allocUnsafe(Math.max(1 << 12, expectedBytes))
  }

  add(text: string) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const room = text.length * 3
    if (this.length + room > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + room))
      this.buf.copy(bigger, 0, 0, this.length)
      this.buf = bigger
    }
    this.length += this.buf.write(text, this.length)
  }

  /** The bytes added so far: a view, which the next add() after clear() overwrites. */
  take(): Buffer {
    return this.buf.subarray(0, this.length)
  }

  /** Starts again at the beginning of the same memory. */
  clear() {
    this.length = 0
  }
}

/**
 * Resolves once `stream` can take more ('drain'); rejects when `out` (the export's destination, the
 * same stream or the one it ends up in) closes or fails first, or when the export is aborted, so
 * that an export whose reader went away stops instead of waiting for ever.
 */
export function drained(stream: NodeJS.EventEmitter, out: Writable, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = (err?: unknown) => {
      stream.off('drain', onDrain)
      out.off('close', onClose)
      out.off('error', done)
      signal?.removeEventListener('abort', onAbort)
      if (err) reject(err)
      else resolve()
    }
    const onDrain = () => done()
    const onClose = () => done(out.errored ?? new Error('the export output closed early'))
    const onAbort = () => done(signal?.reason)
    if (out.destroyed) return onClose()
    if (signal?.aborted) return onAbort()
    stream.on('drain', onDrain)
    out.on('close', onClose)
    out.on('error', done)
    signal?.addEventListener('abort', onAbort)
  })
}

/** Rows per chunk written: a database batch is written out in pieces of this many rows. */
export const ROWS_PER_CHUNK = 500

/** Lets pending I/O callbacks run. */
export const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

// Bytes that may wait in the output: enough that it always has the next piece to write while the
// next rows are read and formatted, little enough not to count.
const OUT_BACKLOG = 1 << 20

/** Resolves when `out` holds at most a megabyte (else on 'drain'), letting pending I/O run. */
export async function outReady(out: Writable, signal?: AbortSignal) {
  if (out.destroyed) throw out.errored ?? new Error('the export output closed early')
  if (out.writableLength > OUT_BACKLOG) await drained(out, out, signal)
  else await turn()
}
