import { decodeText } from '../fetch/charset.ts'
import { IntakeError } from '../fetch/errors.ts'
import { readPage } from './page.ts'
import { type PdfLimits, readPdf } from './pdf.ts'
import { sniff } from './sniff.ts'

export interface ReadDocument {
  kind: 'html' | 'pdf' | 'text'
  title: string | null
  text: string
  published: string | null
  siteName: string | null
  language: string | null
}

/**
 * A fetched or uploaded document as an article's text. The bytes decide whether it is read as a PDF
 * or a page (a link that says HTML may serve a PDF, and the other way round), not the content type.
 */
export async function readDocument(
  doc: { bytes: Uint8Array; contentType?: string; url?: string },
  pdf: PdfLimits,
): Promise<ReadDocument> {
  const kind = sniff(doc.bytes, doc.contentType?.toLowerCase())
  if (kind === 'pdf') {
    const r = await readPdf(doc.bytes, pdf)
    return { kind: 'pdf', title: r.title, text: r.text, published: null, siteName: null, language: null }
  }
  if (kind === 'binary' || kind === 'json')
    throw new IntakeError('bad_content', `${doc.url ?? 'the document'} is neither a web page nor a PDF`)
  // An XML feed given where a document was expected is read as markup, which is what it is.
  const text = decodeText(doc.bytes, doc.contentType)
  if (kind === 'text')
    return { kind: 'text', title: null, text: text.trim(), published: null, siteName: null, language: null }
  return { kind: 'html', ...readPage(text, doc.url) }
}
