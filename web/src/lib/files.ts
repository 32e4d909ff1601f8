// Files dropped on "Add articles" into what POST /api/articles takes: .txt is the text, .html the page
// (the server turns it into text), .jsonl one article a line ({"text" or "html", "title", "url", "outlet", "published"}); a .pdf
// is sent as it is (see isPdf).

import type { ArticleCreate } from './types.ts'

export const ACCEPTED = ['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson', '.pdf']

/** PDFs are not read in the browser: their bytes go to POST /api/articles/document. */
export function isPdf(name: string): boolean {
  return /\.pdf$/i.test(name)
}

export interface ParsedFile {
  items: ArticleCreate[]
  /** Lines of a .jsonl that are not an article, with their line number. */
  errors: string[]
}

export function titleFromName(name: string): string {
  return name
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim()
}

const FIELDS = ['text', 'html', 'title', 'url', 'outlet', 'published'] as const

export function articlesFromFile(
  name: string,
  content: string,
  titleOfHtml?: (html: string) => string | null,
): ParsedFile {
  const lower = name.toLowerCase()
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
    const items: ArticleCreate[] = []
    const errors: string[] = []
    content.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return
      try {
        const o = JSON.parse(line) as Record<string, unknown>
        if (!o || typeof o !== 'object' || (typeof o.text !== 'string' && typeof o.html !== 'string')) {
          errors.push(`line ${i + 1}: needs "text" or "html"`)
          return
        }
        const a: Record<string, unknown> = {}
        for (const f of FIELDS) {
          const v = o[f]
          if (typeof v === 'string' && v.trim()) a[f] = f === 'text' || f === 'html' ? v : v.trim()
          else if (
            f === 'outlet' &&
            v &&
            typeof v === 'object' &&
            typeof (v as { name?: unknown }).name === 'string'
          )
            a.outlet = (v as { name: string }).name
        }
        items.push(a as ArticleCreate)
      } catch {
        errors.push(`line ${i + 1}: not JSON`)
      }
    })
    return { items, errors }
  }
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    if (!content.trim()) return { items: [], errors: ['the file is empty'] }
    return { items: [{ html: content, title: titleOfHtml?.(content) || titleFromName(name) }], errors: [] }
  }
  if (!content.trim()) return { items: [], errors: ['the file is empty'] }
  return { items: [{ text: content, title: titleFromName(name) }], errors: [] }
}

/**
 * The server's reason for refusing an uploaded document, as people read it: "body: encrypted_pdf: the
 * PDF is encrypted" names the request's field and a code, which the file's row already makes plain.
 */
export function uploadRefusal(message: string): string {
  const m = /^body: (?:[a-z_]+: )?(.+)$/s.exec(message)
  return m?.[1] ?? message
}

export function accepted(name: string): boolean {
  const lower = name.toLowerCase()
  return ACCEPTED.some((ext) => lower.endsWith(ext))
}

/** "1.2 MB", "800 B". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}
