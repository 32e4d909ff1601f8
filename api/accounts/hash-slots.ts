import { HttpError } from '../http/errors.ts'

// scrypt takes 128 MiB and a libuv thread per hash, and libuv has four threads for all file and DNS
// work too: unbounded, a burst of sign-ins (even with unknown e-mails) starved every static file and
// export. At most RUNNING hashes run at once, WAITING more queue; beyond that the answer is 503 at
// once, so the flood costs the attacker, not the other users.
const RUNNING = 2
const WAITING = 16

let running = 0
const queue: (() => void)[] = []

export async function inHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= RUNNING) {
    if (queue.length >= WAITING) {
      throw new HttpError(503, 'busy', 'Too many sign-ins at once; try again in a few seconds.')
    }
    await new Promise<void>((resolve) => queue.push(resolve))
  } else {
    running++
  }
  try {
    return await work()
  } finally {
    // The slot passes straight to the next in line, so `running` only drops when nobody waits.
    const next = queue.shift()
    if (next) next()
    else running--
  }
}
