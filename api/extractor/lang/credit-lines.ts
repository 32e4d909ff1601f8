// "Source : Commission Mouvements de Population, 31 mars 2024", "Fuente: SENAPRED y Servicio Médico Legal",
// "المصدر: الوحدة التنفيذية": a credit line under a table or a box names who gave the figures above it
// that no sentence attributes. The name runs to a comma, a stop or a coordination ("y", "et", "و").

import type { ExtractedClaim } from '../types.ts'
import type { CompiledLexicon } from './lexicon.ts'
import type { Word } from './words.ts'

const NAME_ENDS = new Set([',', '.', ';', '(', '\u060c', '\u061b', '|'])
const JOINS = new Set(['et', 'y', 'and', 'و'])

interface Credit {
  at: number
  name: string
}

function creditsOf(text: string, words: Word[], lx: CompiledLexicon): Credit[] {
  const out: Credit[] = []
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && !words[i].gap.includes('\n')) continue
    const lead = lx.creditLines.at(words, i)
    if (!lead || words[lead.end]?.text !== ':') continue
    const from = lead.end + 1
    let to = from
    while (
      to < words.length &&
      !words[to].gap.includes('\n') &&
      !(words[to].mark && NAME_ENDS.has(words[to].text)) &&
      !(to > from && words[to].keys.some((k) => JOINS.has(k)))
    )
      to++
    if (to > from) out.push({ at: words[i].start, name: text.slice(words[from].start, words[to - 1].end) })
  }
  return out
}

// "Perú: Ciclón Yaku (INDECI, reporte 18/03/2023)", "bilan par province (ministère de l'Intérieur, 11
// septembre 2023)": a name opening a bracket in the title, before the date, is the issuer of the figures.
const TITLE_CREDIT = /\(([A-Z\u00c0-\u00de]{2,8})\)|\(([^(),:\d]{2,60}), [^()]*\d[^()]*\)/u
const NAMED = /\p{Lu}|[\u0600-\u06ff]/u
const TITLE_LINES = 3

function titleCredit(text: string): string | null {
  const head = text.split('\n', TITLE_LINES).join('\n')
  const m = TITLE_CREDIT.exec(head)
  const name = m ? (m[1] ?? m[2]).trim() : null
  return name && NAMED.test(name) && name.split(' ').length <= 6 ? name : null
}

/**
 * Gives each claim without a source the credit line below it (the first after it), else the acronym its
 * report's title names.
 */
export function creditClaims(
  text: string,
  words: Word[],
  lx: CompiledLexicon,
  claims: ExtractedClaim[],
): void {
  if (claims.every((c) => c.source)) return
  const credits = text.includes(':') ? creditsOf(text, words, lx) : []
  const title = titleCredit(text)
  for (const c of claims) {
    if (c.source) continue
    c.source = credits.find((k) => k.at > c.start)?.name ?? title
  }
}
