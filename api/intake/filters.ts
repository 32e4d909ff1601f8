// Which items of a subscription are fetched: include terms (any of them), exclude terms (none of them)
// and a language, matched against what the feed says of the item before anything is fetched.

export interface ItemFilter {
  include: string[]
  exclude: string[]
  language: string | null
}

export interface FilterableItem {
  title: string | null
  content: string | null
  language: string | null
}

/** null when the item passes; otherwise why it is skipped. */
export function skipReason(item: FilterableItem, f: ItemFilter): string | null {
  const hay = `${item.title ?? ''}\n${item.content ?? ''}`.toLowerCase()
  const has = (term: string) => hay.includes(term.toLowerCase())
  if (f.include.length && !f.include.some(has)) return `none of the include terms (${f.include.join(', ')})`
  const excluded = f.exclude.find(has)
  if (excluded) return `exclude term "${excluded}"`
  // An item that does not say its language is fetched: the language is known once it is read.
  if (f.language && item.language && primary(item.language) !== primary(f.language))
    return `language ${item.language}, not ${f.language}`
  return null
}

const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0]
