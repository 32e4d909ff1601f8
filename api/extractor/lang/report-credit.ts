// Who a French, Spanish or Arabic report's figures come from when no sentence says it, by the rule of
// tests/dev-set/reports/README.md: a credit line ("Source : OCHA", "Fuente: COPECO", "المصدر: وزارة الصحة",
// "Élaboré par OCHA") credits the figures above it, or every figure when it opens the report; a letterhead
// ("UNHCR | mars 2025") or a title's issuer ("Rapport de situation (OCHA)") speaks for the whole report; a
// table's "Source" column credits its row. The words come from each language's lexicon ("credits").

import { lookupPlaceAnyLanguage } from '../gazetteer/index.ts'
import { creditAbove, creditUnderHeadings, NOTE_MARKS } from '../reports/heading-credits.ts'
import type { ExtractedClaim } from '../types.ts'
import type { Lexicon } from './schema.ts'

interface TextLine {
  start: number
  end: number
  text: string
}

type Credited = Pick<ExtractedClaim, 'start' | 'source'>

// Marks a note may open on ("* Source : ...", "¹ Fuente: ..."), and what parts a credited body from a date.
const LEADING_MARKS = new RegExp(`^[${[...NOTE_MARKS].join('')}\\s]+`)
const CELL_MARKS = /\s*[|;\t]\s*/
// A comma parts cells only in a line with no other mark: "Derna | 3,890 | Health Ministry" has three.
const CSV_MARKS = /,(?=\S)/

function cellsOf(line: string): string[] {
  return line.split(CELL_MARKS.test(line) ? CELL_MARKS : CSV_MARKS).filter((c) => c !== '')
}
// A letterhead's acronym: "OCHA", "IOM DTM", "ACNUR", "UNICEF".
const ACRONYM = /^[A-Z]{2,8}(?: [A-Z]{2,8})?$/
const HEAD_LINES = 3

function splitLines(text: string): TextLine[] {
  const out: TextLine[] = []
  let start = 0
  for (const part of text.split('\n')) {
    const trimmed = part.trim()
    if (trimmed) out.push({ start: start + part.indexOf(trimmed), end: start + part.length, text: trimmed })
    start += part.length + 1
  }
  return out
}

const lower = (s: string) => s.toLocaleLowerCase()
const strip = (s: string) => s.replace(/^[\s:：]+|[\s.:،,;]+$/g, '')

/** "Source : Ministère de la Santé, 12 mai 2024" -> the body; null for several bodies or none. */
function creditedBody(rest: string): string | null {
  let body = strip(rest)
  // A bracket after the body spells it out or says what it counts: the body is before it.
  body = body.replace(/\s*\([^)]*\)\s*$/, '')
  const parts = body.split(/\s*[,;،؛]\s*/)
  // "Data: CONASUR, Education Clusters, UNHCR": several bodies and no way to tell whose figure is whose.
  if (parts.slice(1).some((p) => !/\d/.test(p))) return null
  const name = strip(parts[0] ?? '')
  return name && name.length <= 80 && !/\d/.test(name) ? name : null
}

/** "el Equipo Humanitario de País" -> "Equipo Humanitario de País": the article is not the body's name. */
function withoutArticle(name: string, lex: Lexicon): string {
  const low = lower(name)
  for (const a of lex.articles) {
    if (a.endsWith("'") && low.startsWith(a)) return name.slice(a.length)
    if (low.startsWith(`${a} `)) return name.slice(a.length + 1)
  }
  return name
}

/** The body a credit line names: a lead ("source", "fuente", "المصدر", "élaboré par") then the body. */
function leadCredit(line: string, lex: Lexicon): string | null {
  const text = line.replace(LEADING_MARKS, '')
  const low = lower(text)
  // "Source : OCHA" takes a colon; "Élaboré par OCHA", "أعدّه مكتب ..." sign without one.
  for (const lead of lex.credits.leads) {
    if (low.startsWith(lead) && /^\s*[:：]/.test(text.slice(lead.length)))
      return named(text.slice(lead.length), lex)
  }
  for (const lead of lex.credits.signed) {
    if (low.startsWith(lead) && /^\s/.test(text.slice(lead.length)))
      return named(text.slice(lead.length), lex)
  }
  return null
}

function named(rest: string, lex: Lexicon): string | null {
  // "Produit par le BNGRC avec l'appui des partenaires": the helpers after the body are no second issuer.
  const low = lower(rest)
  let cut = rest.length
  for (const p of lex.credits.partners ?? []) {
    const at = low.indexOf(` ${p}`)
    if (at > 0 && at < cut) cut = at
  }
  const body = creditedBody(rest.slice(0, cut))
  return body ? withoutArticle(body, lex) : null
}

/**
 * A letterhead near the top: "OCHA", "UNHCR | mars 2025", "ACNUR – junio de 2024", "OCHA, 26 mars 2019";
 * not "RDC – Ituri : …", where a dash parts a country from the place the title is about.
 */
function letterhead(line: string): string | null {
  const head = line.split(/\s+[|–—-]\s+|,\s+/)[0].trim()
  if (!ACRONYM.test(head) || isPlace(head)) return null
  const rest = line.slice(head.length)
  if (rest === '' || /^\s+\|\s+\S/.test(rest)) return head
  const next = /^(?:\s+[–—-]\s+|,\s+)(\p{L}+)/u.exec(rest)
  if (next) return isPlace(next[1]) ? null : head
  return /^,\s+\d/.test(rest) ? head : null
}

/**
 * A head line naming its issuer by its shape rather than a lead word: the body's name alone ("Cruz Roja
 * Ecuatoriana", "Ministère de la Santé"), the body then the report's name ("منظمة الصحة العالمية – تقرير
 * الوضع رقم 7", "CONRED, boletín informativo 44"), or the report's name then the body's acronym ("Balance
 * SENAPRED al 5 de febrero").
 */
function headIssuer(line: string, lex: Lexicon): string | null {
  const low = lower(line)
  const opens = (text: string, words: string[]) =>
    words.some((w) => text.startsWith(w) && /^(?:$|[\s,'’])/.test(text.slice(w.length)))
  const [head, ...rest] = line.split(/\s+[|–—-]\s+|,\s+/)
  const after = lower(rest.join(' '))
  // "CONRED, boletín informativo 44", "منظمة الصحة العالمية – تقرير الوضع": the body, then the report's name.
  if (rest.length > 0 && opens(after, lex.credits.reports)) {
    const body = withoutArticle(head.trim(), lex)
    if ((ACRONYM.test(body) || opens(lower(body), lex.credits.bodies ?? [])) && !isPlace(body)) return body
  }
  // "Cruz Roja Ecuatoriana", "المنظمة الدولية للهجرة – مصفوفة تتبع النزوح": a line that opens on a body's name.
  const bare = withoutArticle(head.trim(), lex)
  if (
    !/[\d:؛;.]/.test(head) &&
    bare.split(/\s+/).length <= 10 &&
    opens(lower(bare), lex.credits.bodies ?? [])
  )
    return bare
  // "Balance SENAPRED al 5 de febrero": the report's name, then its issuer's acronym.
  for (const r of lex.credits.reports) {
    if (!low.startsWith(`${r} `)) continue
    const acronym = /^[A-Z]{3,8}\b/.exec(line.slice(r.length + 1))
    if (acronym && !isPlace(acronym[0])) return acronym[0]
  }
  return null
}

// A title's closing date after its issuer's bracket: "(OCHA), 3 juillet 2024", "(منسقو استجابة سوريا)، 12 شباط 2023".
const BRACKET_THEN_DATE = /\(([^()]+)\)\s*(?:[,،]\s*[^()|–—,،]{0,30}\d[^()|–—,،]{0,20})?$/u
// The parts of a title: "PAYS : crise – Rapport … – Organisme (date)".
const TITLE_PARTS = /\s+[|–—-]\s+/
// A part's closing date, bracketed or after a comma: "(حتى 15 يناير 2024)", ", 21 de junio de 2024".
const PART_DATE = /\s*(?:\([^()]*\d[^()]*\)|[,،]\s*[^,،()]*\d[^,،()]*)\s*$/u
// What may stand between a report's name and its issuer's: a word describing it, the issue's number.
const ISSUE = /^(?:\s+\p{Ll}+)?(?:\s+(?:[nN][°º]|[nN]\.º|[nN][oO]\.?|[nN]úm\.?|#|رقم)\s*\d+)?/u

/** A title's issuer: "… – Rapport de situation (OCHA)", "OCHA Rapport de situation n° 4", "UNICEF Actualización". */
function titleIssuer(line: string, lex: Lexicon): string | null {
  // "(OCHA)", "(HCR, 12 juin 2024)", "(Protección Civil, 3 de noviembre de 2023)": a body closing the title.
  const bracket = BRACKET_THEN_DATE.exec(line)
  const body = bracket ? creditedBody(bracket[1]) : null
  if (bracket && body && !isPlace(body) && !spellsOut(line.slice(0, bracket.index), body)) return body
  // A sentence ("Selon le dernier bulletin de l'OCHA, …") is prose, whose credits the sentence reader reads.
  const named = /[.。]$/.test(line) ? null : reportOf(line, lex)
  if (named) return named
  const first = /^([A-Z]{2,8}(?: [A-Z]{2,8})?)\s+(\p{L}.*)$/u.exec(line)
  if (first && !isPlace(first[1])) {
    const after = lower(first[2])
    // "UNICEF Soudan – Rapport …": a place may stand between the issuer and the report's name.
    if (lex.credits.reports.some((r) => after.startsWith(r) || after.includes(` ${r}`))) return first[1]
  }
  return null
}

/**
 * The body a report's name is "of": "Point de situation de la préfecture", "Parte de situación del Centro de
 * Coordinación de Emergencias", "Boletín informativo No. 14 de CONRED", "نشرة المركز الوطني لمكافحة الأمراض" (the
 * Arabic construct needs no word between). The lexicon's "of" lists those words.
 */
function reportOf(line: string, lex: Lexicon): string | null {
  const low = lower(line)
  for (const r of lex.credits.reports) {
    for (let at = low.indexOf(r); at >= 0; at = low.indexOf(r, at + 1)) {
      if (at > 0 && /\p{L}/u.test(low[at - 1])) continue
      const after = at + r.length
      for (const skip of [0, ISSUE.exec(line.slice(after))?.[0].length ?? 0]) {
        const rest = line.slice(after + skip)
        const body = bodyAfterOf(rest, lex)
        if (body) return body
      }
    }
  }
  return null
}

function bodyAfterOf(rest: string, lex: Lexicon): string | null {
  const low = lower(rest)
  for (const of of lex.credits.of ?? []) {
    const lead = of === '' ? ' ' : ` ${of}`
    if (!low.startsWith(lead) || (of !== '' && !/['’]$/.test(of) && !/^\s/.test(rest.slice(lead.length))))
      continue
    const name = rest
      .slice(lead.length)
      .split(/\s*[,،(:|]|\s+[–—-]\s+/)[0]
      .trim()
    if (!name || /\d/.test(name) || name.split(/\s+/).length > 8) continue
    const bare = withoutArticle(name, lex)
    if (ACRONYM.test(bare) ? !isPlace(bare) : looksLikeBody(bare, lex) && opensOnBody(bare, lex)) return bare
  }
  return null
}

/** "Centro de Coordinación", "préfecture", "المركز الوطني": a name opening on a body's word, or capitalised. */
function opensOnBody(name: string, lex: Lexicon): boolean {
  const low = lower(name)
  return (lex.credits.bodies ?? []).some((w) => low.startsWith(w)) || /^\p{Lu}\p{Ll}/u.test(name)
}

/**
 * "YÉMEN : crues – مجموعة الإيواء (حتى 15 يناير)", "… – Informe COPECO No. 9": a later part of the title
 * naming a body. Weaker than a letterhead under the title ("Rapport de situation – Centre du pays" over
 * "OCHA, 26 mars 2019": "centre" is a body's word and a place's).
 */
function partIssuer(line: string, lex: Lexicon): string | null {
  if (/[.。]$/.test(line)) return null
  for (const part of line.split(TITLE_PARTS).slice(1)) {
    const issuer = headIssuer(part.replace(PART_DATE, ''), lex)
    if (issuer) return issuer
  }
  return null
}

function isPlace(name: string): boolean {
  const title = name.charAt(0) + name.slice(1).toLocaleLowerCase()
  return lookupPlaceAnyLanguage(name) !== null || lookupPlaceAnyLanguage(title) !== null
}

/** "Bureau intégré des Nations unies en Haïti (BINUH)": an acronym spelling out the words before it. */
function spellsOut(before: string, inner: string): boolean {
  if (!/^[A-Z]{2,8}$/.test(inner)) return false
  const initials = (before.match(/\p{Lu}/gu) ?? []).join('')
  return initials.endsWith(inner)
}

/** Rows of a table whose header holds a "Source" column: the row's cell there credits its figures. */
function columnCredits(lines: TextLine[], lex: Lexicon, claims: Credited[]): void {
  const heads = new Set(lex.credits.columns)
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i].text)
    const column = cells.findIndex((c, k) => k > 0 && heads.has(lower(strip(c))))
    if (column < 0) continue
    for (let j = i + 1; j < lines.length; j++) {
      const row = cellsOf(lines[j].text)
      if (row.length !== cells.length) {
        if (/^[|\s:-]+$/.test(lines[j].text)) continue
        break
      }
      const who = strip(row[column])
      if (!who || /\d/.test(who)) continue
      for (const c of claims) if (c.start >= lines[j].start && c.start < lines[j].end) c.source = who
    }
  }
}

// "Chiffres clés (OCHA) :", "الأرقام الرئيسية (منظمة الهجرة الدولية):": a short label, its body in brackets, a colon.
const HEADING = /^([^\d()]{1,60}?)\s*\(([^()\d]+)\)\s*[:：]\s*(.*)$/u

/**
 * A label crediting a body in brackets before its colon credits the figures after the colon and the item
 * lines under it (lines that do not end as sentences do) up to a blank line; a key figure's own label
 * ("Personnes déplacées (DTM) : 6,6 M") credits that one figure.
 */
function headingCredits(text: string, lines: TextLine[], lex: Lexicon, claims: Credited[]): void {
  if (!text.includes('(')) return
  const spans = lines.map((l, i) => ({
    start: l.start,
    end: l.end,
    paragraph: i > 0 && /\n\s*\n/.test(text.slice(lines[i - 1].end, l.start)),
    sentence: /[.。]$/.test(l.text),
  }))
  creditUnderHeadings(
    spans,
    (i) => {
      const line = lines[i]
      // (A line longer than a heading is none: the lazy label stays cheap.)
      const heading = line.text.length < 400 && line.text.includes('(') ? HEADING.exec(line.text) : null
      const inner = heading ? creditedBody(heading[2]) : null
      // "(DTM)", "(Ministère de la Santé)", "(منظمة الهجرة الدولية)"; not "(cercle de Mopti)", a place.
      if (!heading || !inner || !looksLikeBody(inner, lex) || heading[1].trim().split(/\s+/).length > 6)
        return null
      const from = line.start + line.text.length - heading[3].length
      return { credit: withoutArticle(inner, lex), from, alone: (n) => n === 1 }
    },
    claims,
  )
}

/** An acronym, a name opening on a body's word, or a capitalised name that is no place. */
function looksLikeBody(name: string, lex: Lexicon): boolean {
  const low = lower(withoutArticle(name, lex))
  if ((lex.credits.bodies ?? []).some((w) => low.startsWith(w))) return true
  return /^\p{Lu}/u.test(name) && !isPlace(name)
}

/** Gives each claim without a source the credit its report's layout gives it. */
export function creditReport<T extends Credited>(text: string, lex: Lexicon, claims: T[]): T[] {
  if (claims.length === 0) return claims
  const lines = splitLines(text)
  columnCredits(lines, lex, claims)
  headingCredits(text, lines, lex, claims)
  const sorted = [...claims].sort((a, b) => a.start - b.start)
  let whole: string | null = null
  let credited = false
  creditAbove(lines, sorted, (i, from, to) => {
    const line = lines[i]
    const name = leadCredit(line.text, lex)
    // A credit line under figures speaks for the figures above it, back to the credit before.
    if (name && to > from) {
      for (let k = from; k < to; k++) sorted[k].source ??= name
      credited = true
      return true
    }
    if (name) whole ??= name
    else if (i < HEAD_LINES && !credited)
      whole ??=
        (i === 0 ? titleIssuer(line.text, lex) : null) ?? letterhead(line.text) ?? headIssuer(line.text, lex)
    return false
  })
  whole ??= credited || lines.length === 0 ? null : partIssuer(lines[0].text, lex)
  if (whole) for (const c of claims) c.source ??= whole
  return claims
}
