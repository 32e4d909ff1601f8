// Feeds, pages and PDFs for the intake tests, written for this project. The figures are invented.
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib'

export const STORIES = [
  {
    slug: 'floods-north',
    title: 'Floods displace thousands in the north',
    date: '2026-11-02T08:00:00Z',
    text: 'Heavy rain over five days has forced more than 12,000 people from their homes in the northern provinces, the International Organization for Migration said on Monday.\n\nAid workers said roads to several villages remain cut.',
  },
  {
    slug: 'market-strike',
    title: 'Strike on a market kills civilians',
    date: '2026-11-03T09:30:00Z',
    text: 'At least 23 civilians were killed when a strike hit a crowded market, the local health ministry said.\n\nThe ministry said 40 more were wounded.',
  },
  {
    slug: 'camp-arrivals',
    title: 'New arrivals at the camp',
    date: '2026-11-04T11:00:00Z',
    text: 'Some 3,400 people have arrived at the camp since the start of the month, according to the United Nations refugee agency.',
  },
]

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const paras = (text: string) =>
  text
    .split('\n\n')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')

export function rss(base: string, stories = STORIES): string {
  const items = stories
    .map(
      (s) => `<item><title>${esc(s.title)}</title><link>${base}/news/${s.slug}</link>
<guid isPermaLink="false">rss-${s.slug}</guid><pubDate>${new Date(s.date).toUTCString()}</pubDate>
<description>${esc(s.text.slice(0, 60))}</description></item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>${base}/</link><language>en</language>
${items}</channel></rss>`
}

export function atom(base: string, stories = STORIES): string {
  const entries = stories
    .map(
      (s) => `<entry><id>tag:example.org,2026:${s.slug}</id><title>${esc(s.title)}</title>
<link rel="alternate" href="${base}/news/${s.slug}"/><published>${s.date}</published><updated>${s.date}</updated>
<content type="html">${esc(paras(s.text))}</content></entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>tag:example.org,2026:feed</id>
<updated>2026-11-04T11:00:00Z</updated>${entries}</feed>`
}

export function rdf(base: string, stories = STORIES): string {
  const items = stories
    .map(
      (
        s,
      ) => `<item rdf:about="${base}/news/${s.slug}"><title>${esc(s.title)}</title><link>${base}/news/${s.slug}</link>
<description>${esc(s.text)}</description><dc:date>${s.date}</dc:date></item>`,
    )
    .join('\n')
  return `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${base}/"><title>Example RDF</title><link>${base}/</link><description>d</description></channel>
${items}</rdf:RDF>`
}

export function jsonFeed(base: string, stories = STORIES): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Example JSON',
    items: stories.map((s) => ({
      id: `json-${s.slug}`,
      url: `${base}/news/${s.slug}`,
      title: s.title,
      content_text: s.text,
      date_published: s.date,
      language: 'en',
    })),
  })
}

/** A news page with navigation, a sidebar and a footer around the story, as real sites have. */
export function page(s: (typeof STORIES)[number], charset = 'utf-8'): string {
  return `<!doctype html><html lang="en"><head><meta charset="${charset}"><title>${esc(s.title)} | Example Wire</title>
<meta property="article:published_time" content="${s.date}"><meta property="og:site_name" content="Example Wire"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>${esc(s.title)}</h1>${paras(s.text)}</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Ten recipes for autumn</a></li><li><a href="/y">Match report: 3-1</a></li></ul></aside>
<footer>© 2026 Example Wire. All rights reserved.</footer></body></html>`
}

/** A situation report: a running header and footer on every page, and a word broken across lines. */
export async function reportPdf(pages = 3): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle('Flash Update No. 7')
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let n = 1; n <= pages; n++) {
    const p = doc.addPage([595, 842])
    const line = (text: string, y: number) => p.drawText(text, { x: 50, y, size: 11, font })
    line('HUMANITARIAN FLASH UPDATE - NORTHERN PROVINCES', 800)
    if (n === 1) {
      line('More than 12,000 people have been displaced by the floods, according to', 700)
      line('the International Organization for Migration. Many families need emer-', 685)
      line('gency shelter.', 670)
    } else {
      line(`Section ${n}: logistics and access remain difficult in the affected districts.`, 700)
    }
    line(`Page ${n} of ${pages}`, 40)
  }
  return doc.save({ useObjectStreams: false })
}

export async function manyPagesPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let n = 0; n < pages; n++) doc.addPage([200, 200])
  return doc.save()
}

/** A PDF whose trailer asks for a password (the standard security handler, with a user key nobody knows). */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.addPage([200, 200])
  const ctx = doc.context
  const hex = (n: number) => PDFString.of('x'.repeat(n))
  const encrypt = ctx.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: -44 })
  encrypt.set(PDFName.of('O'), hex(32))
  encrypt.set(PDFName.of('U'), hex(32))
  ctx.trailerInfo.Encrypt = ctx.register(encrypt)
  ctx.trailerInfo.ID = ctx.obj([PDFString.of('0123456789abcdef'), PDFString.of('0123456789abcdef')])
  return doc.save({ useObjectStreams: false })
}
