// Claims from tables and tiles, and the report-level source that figures without an attribution of their
// own take. The cell gives metric, value and label; the caption (the lines just above) and a "Source:"
// line give source, period and place, as a sentence's own words would.

import type { DocContext } from '../assemble/index.ts'
import { CONFIDENCE } from '../confidence.ts'
import { findSince, isoOf } from '../dates.ts'
import { lookupPlace } from '../gazetteer/index.ts'
import { findPlaces } from '../places.ts'
import type { ExtractedClaim } from '../types.ts'
import { organisation } from './body-names.ts'
import { labelCredits } from './credit-lines.ts'
import type { Line } from './lines.ts'
import { captionCredit, footerSource, lineSource, metricSources, sourceLine } from './report-source.ts'
import type { Block } from './tables.ts'
import { REPORT_DESCRIBERS, REPORT_KINDS } from './title-issuer.ts'
import { segmentIssuer } from './title-segments.ts'

/** The caption of a block: the line above it, and the one above that when no blank line parts them. */
function captionLines(doc: DocContext, lines: Line[], block: Block): Line[] {
  const out: Line[] = []
  for (let k = block.firstLine - 1; k >= 0 && out.length < 2; k--) {
    out.unshift(lines[k])
    if (doc.tokens[lines[k].from].newlines > 1) break
  }
  return out
}

export function blockClaims(doc: DocContext, lines: Line[], blocks: Block[]): ExtractedClaim[] {
  const { tokens, lows, text } = doc
  const out: ExtractedClaim[] = []
  for (const block of blocks) {
    const caption = captionLines(doc, lines, block)
    const after = lines.slice(block.lastLine, block.lastLine + 2)
    // A "Source:" line, above or below, outranks what the caption's layout suggests.
    const source =
      [...after, ...caption].map((l) => sourceLine(tokens, lows, l)).find(Boolean) ??
      caption.map((l) => lineSource(tokens, lows, l, true) ?? captionCredit(tokens, lows, l)).find(Boolean) ??
      [...after, ...caption].map((l) => lineSource(tokens, lows, l, false)).find(Boolean) ??
      null
    const perMetric = new Map(
      [...caption, ...after]
        .flatMap((l) => [...metricSources(tokens, lows, l), ...labelCredits(tokens, lows, l)])
        .reverse(),
    )
    const since = caption.flatMap((l) => findSince(tokens, lows, l.from, l.to, doc.published))[0] ?? null
    const captionPlace = caption
      .flatMap((l) => findPlaces(tokens, l.from, l.to, doc.mainCountry))
      .find((p) => !p.actor)
    for (const c of block.claims) {
      const own = c.other && !c.otherIsSource ? lookupPlace(c.other, doc.mainCountry) : null
      const fallback = captionPlace?.entry.country ?? doc.mainCountry
      const place = own
        ? { text: c.other as string, country: own.country }
        : c.otherIsPlace && c.other
          ? { text: c.other, country: fallback }
          : captionPlace
            ? { text: captionPlace.text, country: captionPlace.entry.country }
            : doc.mainPlace
              ? { text: doc.mainPlace.text, country: doc.mainPlace.entry.country }
              : null
      const start = tokens[c.from].start
      const end = tokens[c.to - 1].end
      out.push({
        metric: c.metric,
        unit: c.unit,
        low: c.num.low,
        high: c.num.high,
        qualifier: c.num.qualifier,
        who: c.who,
        source: c.otherIsSource ? c.other : (perMetric.get(c.metric) ?? source),
        since: c.period?.since ?? since?.text ?? null,
        since_date: c.period ? c.period.sinceDate : (since?.date ?? null),
        as_of: c.asOf ?? (doc.published ? isoOf(doc.published) : null),
        location: place?.text ?? null,
        country: place?.country ?? doc.mainCountry,
        quote: text.slice(start, end),
        start,
        end,
        denied: false,
        projected: false,
        context: c.context,
        confidence: CONFIDENCE.tableCell,
      })
    }
  }
  return out
}

/** The source a report names for itself: a "Source:" line anywhere, else its title's layout. */
export function reportSource(doc: DocContext, lines: Line[], owned?: ReadonlySet<number>): string | null {
  // The issuer a title names speaks for the figures no credit line covers: a "Source:" line under a table
  // has already credited the figures above it (credit-lines.ts), and the prose after it is the issuer's.
  const head = lines.slice(0, 2)
  const titled = head.map((l) => lineSource(doc.tokens, doc.lows, l, true, owned))
  if (titled.some(Boolean) && !head.some((l) => lineSource(doc.tokens, doc.lows, l, false, owned)))
    return stackedIssuer(doc, lines, owned) ?? titled.find(Boolean) ?? null
  for (const l of lines) {
    // "(NEMA figures, 18 September)" on a line of its own speaks for the report as a title would.
    const aside = doc.lows[l.from] === '(' && doc.lows[l.to - 1] === ')'
    const s = lineSource(doc.tokens, doc.lows, l, aside, owned)
    if (s) return s
  }
  const s = titled.find(Boolean)
  if (s) return s
  // A closing line naming only the body and the day; not a section's heading with figures under it
  // ("Protection cluster" over "The human rights office recorded 1,554 people killed.").
  const last = lines.length - 1
  for (let i = Math.max(0, last - 1); i <= last; i++) {
    const under = i < last && doc.tokens.slice(lines[last].from, lines[last].to).some((t) => t.kind === 'num')
    const s = under ? null : footerSource(doc.tokens, doc.lows, lines[i])
    if (s) return s
  }
  return null
}

/**
 * "Government of X / Ministry of Disaster Management / Department of Disaster Management — Press Release": a
 * letterhead stacks the bodies above the one issuing; the line that says what the report is names it.
 */
function stackedIssuer(doc: DocContext, lines: Line[], owned?: ReadonlySet<number>): string | null {
  for (let i = 1; i < Math.min(lines.length, 3); i++) {
    const l = lines[i]
    if (!doc.lows.slice(l.from, l.to).some((w) => REPORT_KINDS.has(w) || w === 'release')) continue
    // Only a stack of names: no figure on the lines above.
    if (doc.tokens.slice(lines[0].from, l.from).some((t) => t.kind === 'num')) return null
    // A body named in words ("Department of Disaster Management"), not a word of the title ("Press", "AWD").
    const name =
      segmentIssuer(doc.tokens, doc.lows, l.from, l.to, REPORT_KINDS, REPORT_DESCRIBERS) ??
      lineSource(doc.tokens, doc.lows, l, true, owned)
    return name?.includes(' ') && organisation(name) ? name : null
  }
  return null
}
