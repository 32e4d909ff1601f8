// Key figures and fact boxes: a label and its figure, "Deaths: 1,486", "Deaths - 84", "IDPs 1.2M",
// "Fled to Chad: 20,000", "Civilians killed: 145" (who: civilians), one item per line or several on a line
// parted by "|", ";" or "·". The label is read with the trigger lexicon, like prose; a figure the label
// does not end right before is left to the other frames.

import { CONFIDENCE } from '../confidence.ts'
import { crossesBorder, npEnd, resolveMetric } from '../link-frames.ts'
import type { Candidate, Link, LinkContext } from '../link-types.ts'
import { type HeadClass, headClass } from '../nouns.ts'
import { triggerAt } from '../triggers.ts'
import { readNounPhrase } from '../who.ts'

const DASHES = new Set(['-', '–', '—'])
// What parts one item of a box from the next.
const ITEM_BREAKS = new Set(['|', ';', '·', '•', '▪', '*', ',', '.', '(', ')', ':', '/'])
const MAX_LABEL = 8
const COMPLEMENT_STARTS = new Set([
  'in',
  'of',
  'from',
  'to',
  'into',
  'for',
  'by',
  'at',
  'since',
  'across',
  'under',
])

export function keyFigure(
  ctx: LinkContext,
  c: Candidate,
  sentenceFrom: number,
  sentenceTo: number,
): Link | null {
  const { tokens, lows } = ctx
  const sep = lows[c.num.from - 1]
  let end: number
  if (sep === ':') end = c.num.from - 1
  else if (DASHES.has(sep) && tokens[c.num.from - 1].space && tokens[c.num.from].space) end = c.num.from - 1
  else {
    // "IDPs 1.2M": a label straight before a figure that closes its item.
    const after = c.num.to >= sentenceTo ? '' : lows[c.num.to]
    if (after && !ITEM_BREAKS.has(after) && tokens[c.num.to].newlines === 0) return null
    if (c.np.to > c.np.from) return null
    end = c.num.from
  }
  let start = end
  while (start > sentenceFrom && end - start < MAX_LABEL) {
    const w = lows[start - 1]
    if (ITEM_BREAKS.has(w) || DASHES.has(w) || tokens[start - 1].kind === 'num') break
    if (tokens[start].newlines > 0) break
    start--
  }
  // Without a separator the label must be the whole item: nothing of a sentence before it.
  if (
    end === c.num.from &&
    start > sentenceFrom &&
    !ITEM_BREAKS.has(lows[start - 1]) &&
    !DASHES.has(lows[start - 1])
  )
    return null
  if (start >= end) return null
  let cls: HeadClass = c.np.cls
  // The head comes before any complement: "Refugees in neighbouring countries".
  for (let k = start; k < end && !COMPLEMENT_STARTS.has(lows[k]); k++) {
    const hc = headClass(lows[k], tokens[k].text, lows[k - 1])
    if (hc === 'facility' || hc === 'home' || hc === 'households') cls = hc
    if (hc === 'thing') return null // "Livestock perished: 1,164,270"
  }
  for (let k = start; k < end; k++) {
    const t = triggerAt(lows, k, end, 'p') ?? triggerAt(lows, k, end, 'n') ?? triggerAt(lows, k, end, 'v')
    if (!t) continue
    let metric = resolveMetric(t.entry, cls)
    if (!metric) continue
    // "Fled to Egypt: 16,000": out of the country, so refugees.
    if (metric === 'displaced' && crossesBorder(ctx, t.to, end)) metric = 'refugees'
    // "Civilians killed: 145", "Houses flooded: 235,000", "Refugees: 138,000": the label names whom it counts.
    if (c.np.to === c.np.from) {
      const np = readNounPhrase(tokens, lows, start, end)
      if (np.to > np.from && np.cls !== 'thing' && np.cls !== 'unknown') c.np = np
    }
    return {
      kind: 'toll',
      metric,
      from: start,
      to: npEnd(c),
      modal: false,
      parent: null,
      confidence: CONFIDENCE.keyFigure,
    }
  }
  return null
}
