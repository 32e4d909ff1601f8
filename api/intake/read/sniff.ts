// What fetched bytes really are, whatever the server called them: a feed item's link that says
// text/html may be a PDF, and a ".pdf" link may be an HTML error page.

export type Sniffed = 'pdf' | 'html' | 'feed-xml' | 'json' | 'text' | 'binary'

export function sniff(bytes: Uint8Array, mime = ''): Sniffed {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  if (head.includes('%PDF-')) return 'pdf'
  const start = head.replace(/^\uFEFF|^ï»¿/, '').trimStart()
  if (start.startsWith('{') || start.startsWith('[')) return 'json'
  if (start.startsWith('<')) {
    if (/<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed-xml'
    if (/<(!doctype html|html|head|body|p|div|article|meta|title)[\s>]/i.test(head)) return 'html'
    return mime.includes('xml') ? 'feed-xml' : 'html'
  }
  if (mime.startsWith('text/')) return 'text'
  // Control bytes other than whitespace in the first kilobyte: not text.
  return /[\x00-\x08\x0e-\x1a]/.test(head) ? 'binary' : 'text'
}
