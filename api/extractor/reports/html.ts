// HTML left in a text ("<tr><td>Killed</td><td>1,106</td></tr>", "&nbsp;"), as a copy from a web page or
// a failed conversion leaves it. Its tags are read for the layout they stand for and then dropped: a cell's
// close parts cells as "|" does, a row, paragraph or list item starts a line, and inline tags ("<b>") and
// entities ("&nbsp;") are nothing. Offsets are kept, so quotes stay exact slices of the text.

import type { Token } from '../tokens.ts'

const CELL_ENDS = new Set(['td', 'th'])
const BLOCKS = new Set(
  'tr table thead tbody tfoot p br li ul ol div h1 h2 h3 h4 h5 h6 section article header footer'.split(' '),
)
const INLINE = new Set('b strong i em u span font a sup sub small mark abbr'.split(' '))
const ENTITIES = new Set(['nbsp', 'amp', 'quot', 'apos', 'lt', 'gt', 'ndash', 'mdash', 'thinsp', 'ensp'])
// A tag's attributes run this many tokens at most before its ">".
const MAX_TAG = 16

const HTML = /<\/?(?:td|th|tr|table|p|br|li|ul|div|b|strong|span|h[1-6])\b[^<>]{0,80}>|&(?:nbsp|amp|#\d+);/i

/** Whether `text` holds HTML tags or entities worth reading as layout. */
export const hasHtml = (text: string) => HTML.test(text)

/** The tokens with tags and entities dropped, a cell's close made a "|" and a block's start a new line. */
export function readHtml(tokens: Token[]): Token[] {
  const out: Token[] = []
  let newlines = 0
  let space = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const tag = t.low === '<' ? tagAt(tokens, i) : null
    if (tag) {
      newlines = Math.max(newlines, t.newlines)
      space ||= t.space
      if (tag.close && CELL_ENDS.has(tag.name)) {
        out.push({
          ...t,
          text: tokens
            .slice(i, tag.end)
            .map((x) => x.text)
            .join(''),
          low: '|',
          kind: 'punct',
          end: tokens[tag.end - 1].end,
          newlines,
          space,
        })
        newlines = 0
        space = true
      } else if (BLOCKS.has(tag.name)) newlines = Math.max(newlines, 1)
      else space = true
      i = tag.end - 1
      continue
    }
    // "&nbsp;", "&#160;"
    if (
      t.low === '&' &&
      tokens[i + 2]?.low === ';' &&
      !tokens[i + 1].space &&
      (ENTITIES.has(tokens[i + 1].low) || tokens[i + 1].low.startsWith('#'))
    ) {
      newlines = Math.max(newlines, t.newlines)
      space = true
      i += 2
      continue
    }
    out.push(
      newlines > t.newlines || (space && !t.space)
        ? { ...t, newlines: Math.max(newlines, t.newlines), space: space || t.space }
        : t,
    )
    newlines = 0
    space = false
  }
  return out
}

/** The tag opening at token `i` ("<td>", "</td>", "<br/>", '<td class="n">'), or null. */
function tagAt(tokens: Token[], i: number): { name: string; close: boolean; end: number } | null {
  let k = i + 1
  const close = tokens[k]?.low === '/'
  if (close) k++
  let name = tokens[k]?.low ?? ''
  // "<h3>" comes as "h" and "3".
  if (name === 'h' && /^[1-6]$/.test(tokens[k + 1]?.low ?? '') && !tokens[k + 1].space)
    name += tokens[++k].low
  if (tokens[i + 1]?.space || !(CELL_ENDS.has(name) || BLOCKS.has(name) || INLINE.has(name))) return null
  for (let j = k + 1; j < Math.min(tokens.length, k + MAX_TAG); j++) {
    if (tokens[j].low === '<') return null
    if (tokens[j].low === '>') return { name, close, end: j + 1 }
  }
  return null
}
