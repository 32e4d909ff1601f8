import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// The seed articles stay in ../shared/seeds (CI provides them); tests read them from there.
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds', import.meta.url))
export const haveSeeds = existsSync(`${SEEDS_DIR}/gold.jsonl`)

export interface GoldText {
  id: string
  published: string
  text: string
  claims: Array<Record<string, unknown> & { metric: string; low: number; quote: string }>
}

export function readSeeds(): GoldText[] {
  return readFileSync(`${SEEDS_DIR}/gold.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
}
