// The project folder, found the same way from the source (api/paths.ts under tsx) and from the compiled
// bundle (dist/server.js): both sit one level below it. Files read at run time are found from here.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const fromRoot = (...parts: string[]) => join(ROOT, ...parts)
