import { IntakeError } from '../fetch/errors.ts'

export interface PdfLimits {
  maxPages: number
  /** Wall-clock budget for the whole document; checked between pages. */
  timeoutMs: number
}

export interface ReadPdf {
  title: string | null
  /** The text, each page opened by a "[Page N]" line so a quote's context says where it is. */
  text: string
  pages: number
}

/**
 * Text of a PDF, page by page: lines as pdf.js positions them, words broken by a hyphen at a line end
 * joined, and the lines repeated at the top or bottom of most pages (running headers, footers, page
 * numbers) dropped. Encrypted, corrupt and over-long documents are refused with a clear error.
 */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits): Promise<ReadPdf> {
  // pdf.js is ~1 s of CPU to load: the first PDF pays it (before its time budget starts), not every
  // process that imports the intake code.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const deadline = Date.now() + limits.timeoutMs
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  })
  const timer = setTimeout(() => task.destroy(), limits.timeoutMs)
  try {
    const doc = await task.promise.catch((err: { name?: string; message?: string }) => {
      if (err?.name === 'PasswordException')
        throw new IntakeError('encrypted', 'the PDF is encrypted with a password')
      throw new IntakeError('bad_content', `not a readable PDF: ${err?.message ?? err}`)
    })
    if (doc.numPages > limits.maxPages)
      throw new IntakeError(
        'too_large',
        `the PDF has ${doc.numPages} pages, over the limit of ${limits.maxPages}`,
      )
    const pages: string[][] = []
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline)
        throw new IntakeError('timeout', `reading the PDF took over ${limits.timeoutMs} ms`)
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      pages.push(linesOf(content.items as { str?: string; hasEOL?: boolean }[]))
      page.cleanup()
    }
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: string } | undefined
    const kept = dropRepeated(pages)
    const text = kept
      .map((lines, i) => `[Page ${i + 1}]\n${joinHyphens(lines.join('\n'))}`)
      .join('\n\n')
      .trim()
    return { title: info?.Title?.trim() || null, text, pages: doc.numPages }
  } catch (err) {
    if (err instanceof IntakeError) throw err
    if (Date.now() > deadline)
      throw new IntakeError('timeout', `reading the PDF took over ${limits.timeoutMs} ms`)
    throw new IntakeError('bad_content', `not a readable PDF: ${(err as Error).message}`)
  } finally {
    clearTimeout(timer)
    await task.destroy().catch(() => {})
  }
}

function linesOf(items: { str?: string; hasEOL?: boolean }[]): string[] {
  const lines: string[] = []
  let line = ''
  for (const item of items) {
    line += item.str ?? ''
    if (item.hasEOL) {
      lines.push(line)
      line = ''
    }
  }
  lines.push(line)
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean)
}

// A line is a running header or footer when, with its digits ignored ("Page 3 of 12"), it opens or
// closes at least 60% of the pages, and at least 3 of them.
const EDGE = 2
function dropRepeated(pages: string[][]): string[][] {
  if (pages.length < 3) return pages
  const key = (l: string) => l.replace(/\d+/g, '#').toLowerCase()
  const counts = new Map<string, number>()
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)].map(key))
    for (const k of edges) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  const repeated = new Set(
    [...counts].filter(([, c]) => c >= Math.max(3, pages.length * 0.6)).map(([k]) => k),
  )
  return pages.map((lines) =>
    lines.filter((l, i) => !((i < EDGE || i >= lines.length - EDGE) && repeated.has(key(l)))),
  )
}

/** "displace-\nment" → "displacement"; a hyphen before a capital or a digit stays ("north-\nWest"). */
export function joinHyphens(text: string): string {
  return text.replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')
}
