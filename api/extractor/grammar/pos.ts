// Part-of-speech tags from wink-nlp's English model, for the sentences the frames could not link. The
// model ships inside the npm package and is read on the first sentence tagged (reading it is ~0.4 s, which
// a process that never tags should not pay at import); tagging itself does no I/O and is deterministic.
// It runs only on demand (a sentence with a figure left unlinked), which keeps the extractor above 2 MB/s
// on news (bench/extract.ts).

import type Model from 'wink-eng-lite-web-model'
import type { ItemToken, default as WinkNLP } from 'wink-nlp'
import { once, requirePackage } from '../once.ts'
import type { Token } from '../tokens.ts'

const tagger = once(() => {
  const winkNLP: typeof WinkNLP = requirePackage('wink-nlp')
  const model: typeof Model = requirePackage('wink-eng-lite-web-model')
  return winkNLP(model, ['pos'])
})

/** Universal POS tag of each of our tokens in [from, to) ('' where the tagger's tokens do not line up). */
export function tagSpan(tokens: Token[], from: number, to: number): string[] {
  const tags: string[] = new Array(Math.max(0, to - from)).fill('')
  if (to <= from) return tags
  // The sentence rebuilt from our tokens, so that each of ours has a known place in what the tagger reads.
  const at: number[] = []
  let span = ''
  for (let k = from; k < to; k++) {
    if (k > from && tokens[k].space) span += ' '
    at.push(span.length)
    span += tokens[k].text
  }
  // Our tokens and the tagger's are cut differently ("al-Fashir", "2,000"): each of ours takes the tag of
  // the tagger's token that starts where it starts.
  const tagAt = new Map<number, string>()
  let cursor = 0
  const nlp = tagger()
  const its = nlp.its
  nlp
    .readDoc(span)
    .tokens()
    .each((t: ItemToken) => {
      const value = t.out()
      const pos = span.indexOf(value, cursor)
      if (pos < 0) return
      tagAt.set(pos, t.out(its.pos))
      cursor = pos + value.length
    })
  for (let k = from; k < to; k++) tags[k - from] = tagAt.get(at[k - from]) ?? ''
  return tags
}
