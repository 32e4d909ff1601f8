// html-to-text builds a tree and walks it recursively: 10,000 nested tags overflow the stack, and
// hundreds of thousands of tags take tens of seconds. Both are refused before any parsing, by one
// linear scan of the tags (void elements and self-closed tags do not nest).
export const MAX_HTML_TAGS = 100_000
export const MAX_HTML_DEPTH = 200

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '))

/** A page too large or too deep to convert: a client error (400) naming the field, not a crash. */
export class HtmlShapeError extends Error {
  readonly statusCode = 400
  readonly code = 'invalid_field'
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`)
  }
}

export function checkHtmlShape(html: string, field = 'body.html') {
  let tags = 0
  let depth = 0
  let deepest = 0
  for (const m of html.matchAll(TAG)) {
    if (++tags > MAX_HTML_TAGS) {
      throw new HtmlShapeError(
        field,
        `has more than ${MAX_HTML_TAGS.toLocaleString('en')} tags; send the text instead`,
      )
    }
    if (m[1]) depth = Math.max(0, depth - 1)
    else if (!m[3] && !VOID.has(m[2].toLowerCase())) deepest = Math.max(deepest, ++depth)
    if (deepest > MAX_HTML_DEPTH) {
      throw new HtmlShapeError(field, `nests tags more than ${MAX_HTML_DEPTH} deep; send the text instead`)
    }
  }
}
