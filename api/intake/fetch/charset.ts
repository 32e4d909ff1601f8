// Bytes to text with the charset the server or the document names. WHATWG's TextDecoder reads
// "iso-8859-1" and "latin1" as windows-1252, as browsers do, so curly quotes in old pages come out right.

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
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  return (XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1])?.toLowerCase()
}

/**
 * The header wins over the document (as in browsers); with neither, UTF-8 when the bytes are valid
 * UTF-8, otherwise windows-1252, the usual charset of pages that name none.
 */
export function decodeText(bytes: Uint8Array, contentType?: string): string {
  const named = charsetFromContentType(contentType) ?? charsetFromDocument(bytes)
  if (named) {
    try {
      return new TextDecoder(named).decode(bytes)
    } catch {
      // An unknown label: fall through to the guess.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
