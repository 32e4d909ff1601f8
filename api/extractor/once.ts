// Heavy tables (the tagger's model, the language detector's n-grams, the lexicons, the gazetteer) are
// built on first use, not at import: importing the extractor stays cheap for the many processes (test
// files, a server starting) that use little of it, and the first extraction pays once.

import { createRequire } from 'node:module'

/** `make()` on the first call, its value on every later one. */
export function once<T>(make: () => T): () => T {
  let made = false
  let value: T
  return () => {
    if (!made) {
      value = make()
      made = true
    }
    return value
  }
}

/** Node's require from this folder: packages loaded synchronously, when first needed. */
export const requirePackage = createRequire(import.meta.url)
