import { demonymCountry, lookupPlace, placeKey } from '../gazetteer/index.ts'
import type { LinkContext } from '../link.ts'
import { isCapitalized, type Token } from '../tokens.ts'
import type { DocContext } from './types.ts'

// The linker's questions about the text, as methods: closures made per text each cost a defineProperty of
// their name under tsx and the build (esbuild's keepNames).
export class TextContext implements LinkContext {
  readonly tokens: Token[]
  readonly lows: string[]
  previous: LinkContext['previous'] = null
  private readonly doc: DocContext
  constructor(doc: DocContext) {
    this.doc = doc
    this.tokens = doc.tokens
    this.lows = doc.lows
  }

  isCountryAt(i: number): boolean {
    const t = this.tokens[i]
    if (t?.kind !== 'word') return false
    const key = placeKey(t.text.replace(/['\u2019]s$/, ''))
    if (/['\u2019]s$/.test(t.text) || !isCapitalized(t)) return false
    // "fled to Chad": after a preposition even a country that is also a name counts.
    const entry = lookupPlace(key)
    return entry !== null && entry.kind === 'country'
  }

  isForeignOwnerAt(i: number, origin: string | null): boolean {
    const t = this.tokens[i]
    if (t?.kind !== 'word' || !/['\u2019]s$/.test(t.text) || !isCapitalized(t)) return false
    const entry = lookupPlace(t.text.replace(/['\u2019]s$/, ''))
    return entry !== null && entry.kind === 'country' && entry.country !== (origin ?? this.doc.mainCountry)
  }

  isForeignDemonymAt(i: number): boolean {
    const t = this.tokens[i]
    if (t?.kind !== 'word' || !isCapitalized(t)) return false
    const iso = demonymCountry(t.text)
    return iso !== null && iso !== this.doc.mainCountry
  }
}
