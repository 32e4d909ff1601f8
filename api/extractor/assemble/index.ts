// Assembly: linked figures made claims, with their source, period, day, place and flags.

export { buildClaims } from './build.ts'
export type { DocContext } from './types.ts'
