import iconv from 'iconv-lite'

// Bytes to text with the charset the server or the document names. Pages that say ISO-8859-1 are
// nearly always windows-1252 (curly quotes and dashes in 0x80-0x9f), so they are read as such, as
// browsers do. iconv-lite rather than TextDecoder: Node 20's TextDecoder reads windows-1252 as Latin-1.
const AS_WINDOWS_1252 = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
])

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i
const XML_ENCODING = /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase()
}

/** The charset a document names in its first kilobytes: BOM, XML declaration or a meta tag. */
export function charsetFromDocument(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1')
  return (XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1])?.toLowerCase()
}

/**
 * The header wins over the document (as in browsers); with neither, UTF-8 when the bytes are valid
 * UTF-8, otherwise windows-1252, the usual charset of pages that name none.
 */
export function decodeText(bytes: Uint8Array, contentType?: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const named = charsetFromContentType(contentType) ?? charsetFromDocument(bytes)
  const charset = named && AS_WINDOWS_1252.has(named) ? 'windows-1252' : named
  if (charset && iconv.encodingExists(charset)) return iconv.decode(buf, charset)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return iconv.decode(buf, 'windows-1252')
  }
}
