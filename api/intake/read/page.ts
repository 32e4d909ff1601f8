import { createRequire } from 'node:module'
import { Readability } from '@mozilla/readability'
import type { parseHTML as ParseHTML } from 'linkedom'
import { htmlToText } from '../../text/article-text.ts'

// linkedom is ~0.5 s of CPU to load: required on the first page read, not by every process importing
// the intake code (its CommonJS build; require keeps it after the first call).
const requirePackage = createRequire(import.meta.url)

export interface ReadPage {
  title: string | null
  text: string
  /** ISO date from the page's metadata (article:published_time and the like), or null. */
  published: string | null
  siteName: string | null
  language: string | null
}

/**
 * The article in a web page: Readability picks the content (dropping navigation, related links and
 * comments) over linkedom's DOM, then the same HTML-to-text step as uploaded pages keeps paragraph
 * breaks and tables. A page Readability cannot read is converted whole.
 */
export function readPage(html: string, url?: string): ReadPage {
  const { parseHTML }: { parseHTML: typeof ParseHTML } = requirePackage('linkedom')
  const { document } = parseHTML(html)
  if (url) {
    // Readability resolves relative links against the document's URL.
    const base = document.createElement('base')
    base.setAttribute('href', url)
    document.head?.prepend(base)
  }
  const lang = document.documentElement?.getAttribute('lang') || null
  let article: ReturnType<Readability['parse']> = null
  try {
    article = new Readability(document as unknown as Document, { keepClasses: false }).parse()
  } catch {
    article = null
  }
  const whole = htmlToText(html)
  const content = article?.content ? htmlToText(article.content).text : ''
  // Readability sometimes keeps only a fragment of short pages; prefer the whole page then.
  const text = content.length >= 200 || content.length >= whole.text.length * 0.5 ? content : whole.text
  const published = article?.publishedTime ? isoDate(article.publishedTime) : null
  return {
    title: article?.title?.trim() || whole.title,
    text,
    published,
    siteName: article?.siteName?.trim() || null,
    language: (article?.lang || lang)?.toLowerCase().split('-')[0] ?? null,
  }
}

function isoDate(v: string): string | null {
  const t = Date.parse(v)
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10)
}
