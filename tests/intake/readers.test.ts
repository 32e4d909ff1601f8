import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'
import { decodeText } from '../../api/intake/fetch/charset.ts'
import { IntakeError } from '../../api/intake/fetch/errors.ts'
import { readDocument } from '../../api/intake/read/document.ts'
import { readFeed } from '../../api/intake/read/feed.ts'
import { joinHyphens } from '../../api/intake/read/pdf.ts'
import { readReliefWeb, reliefWebPageUrl } from '../../api/intake/read/reliefweb.ts'
import { atom, encryptedPdf, jsonFeed, manyPagesPdf, page, rdf, reportPdf, rss, STORIES } from './fixtures.ts'

const BASE = 'http://127.0.0.1:9'
const LIMITS = { maxPages: 300, timeoutMs: 20_000 }

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    if (err instanceof IntakeError) return err.code
    throw err
  }
  return 'no error'
}
async function asyncCodeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (err) {
    if (err instanceof IntakeError) return `${err.code}: ${err.message}`
    throw err
  }
  return 'no error'
}

describe('feeds', () => {
  it.each([
    ['rss', rss],
    ['atom', atom],
    ['rdf', rdf],
    ['json', jsonFeed],
  ])('reads %s', (format, make) => {
    const feed = readFeed(make(BASE))
    expect(feed.format).toBe(format)
    expect(feed.items.map((i) => i.url)).toEqual(STORIES.map((s) => `${BASE}/news/${s.slug}`))
    expect(feed.items.map((i) => i.title)).toEqual(STORIES.map((s) => s.title))
    expect(feed.items.map((i) => i.published)).toEqual(STORIES.map((s) => new Date(s.date).toISOString()))
    for (const i of feed.items) expect(i.guid).toBeTruthy()
  })

  it('refuses malformed and truncated XML', () => {
    const full = rss(BASE)
    expect(codeOf(() => readFeed(full.slice(0, full.length / 2)))).toBe('bad_content')
    expect(codeOf(() => readFeed('<html><body>not a feed</body></html>'))).toBe('bad_content')
    expect(codeOf(() => readFeed('{"version": "nope"'))).toBe('bad_content')
  })

  it('refuses an entity-expansion bomb and an external entity', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>`
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><link>http://x/1</link></item></channel></rss>`
    for (const xml of [bomb, xxe]) {
      let message = ''
      try {
        readFeed(xml)
      } catch (err) {
        message = (err as Error).message
      }
      expect(message).toMatch(/declares XML entities/)
    }
  })
})

describe('ReliefWeb', () => {
  it('pages with offset/limit, adds the fields and the app name', () => {
    const u = new URL(
      reliefWebPageUrl(
        'https://api.reliefweb.int/v2/reports?filter[field]=country.iso3&filter[value]=SDN',
        200,
        'tally-test',
      ),
    )
    expect(u.searchParams.get('offset')).toBe('200')
    expect(u.searchParams.get('limit')).toBe('100')
    expect(u.searchParams.get('appname')).toBe('tally-test')
    expect(u.searchParams.getAll('fields[include][]')).toContain('date.original')
    expect(u.searchParams.get('filter[value]')).toBe('SDN')
  })

  it('reads the fields of a reports answer', () => {
    const answer = {
      totalCount: 1,
      count: 1,
      data: [
        {
          id: '4101',
          fields: {
            title: 'Flash update',
            body: 'More than 12,000 people were displaced, OCHA said.',
            date: { original: '2026-11-02T00:00:00+00:00', created: '2026-11-03T00:00:00+00:00' },
            source: [{ name: 'UN Office for the Coordination of Humanitarian Affairs', shortname: 'OCHA' }],
            file: [{ url: `${BASE}/files/flash.pdf`, mimetype: 'application/pdf' }],
            url_alias: `${BASE}/report/flash-update`,
            language: [{ code: 'en' }],
          },
        },
      ],
    }
    const r = readReliefWeb(JSON.stringify(answer))
    expect(r.items[0]).toMatchObject({
      guid: 'reliefweb:4101',
      url: `${BASE}/report/flash-update`,
      published: '2026-11-02T00:00:00+00:00',
      source: 'UN Office for the Coordination of Humanitarian Affairs',
      pdfs: [`${BASE}/files/flash.pdf`],
      language: 'en',
    })
    expect(codeOf(() => readReliefWeb('{"error":"bad"}'))).toBe('bad_content')
  })
})

describe('web pages', () => {
  it('keeps the story and its paragraphs, drops navigation, sidebar and footer', async () => {
    const s = STORIES[0]
    const doc = await readDocument(
      { bytes: Buffer.from(page(s)), contentType: 'text/html', url: `${BASE}/news/x` },
      LIMITS,
    )
    expect(doc.kind).toBe('html')
    expect(doc.text).toContain('more than 12,000 people from their homes')
    expect(doc.text).toMatch(/Monday\.\n\nAid workers/)
    expect(doc.text).not.toMatch(/Ten recipes|All rights reserved|Sport/)
    expect(doc.published).toBe('2026-11-02')
    expect(doc.siteName).toBe('Example Wire')
    expect(doc.language).toBe('en')
  })

  it('gives the same claims as the text pasted', async () => {
    for (const s of STORIES.slice(0, 2)) {
      const doc = await readDocument({ bytes: Buffer.from(page(s)), contentType: 'text/html' }, LIMITS)
      const figures = (t: string) =>
        extractClaims(t, { published: '2026-11-05' }).map((c) => [c.metric, c.low])
      expect(figures(doc.text)).toEqual(figures(s.text))
      expect(figures(doc.text).length).toBeGreaterThan(0)
    }
  })

  it('reads windows-1252 pages named in the header or in a meta tag', () => {
    const bytes = Buffer.from([0x93, 0x41, 0x69, 0x64, 0x94, 0x20, 0x96, 0x20, 0xe9, 0x74, 0xe9])
    expect(decodeText(bytes, 'text/html; charset=windows-1252')).toBe('“Aid” – été')
    expect(decodeText(bytes, 'text/html; charset=ISO-8859-1')).toBe('“Aid” – été')
    const meta = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), bytes])
    expect(decodeText(meta, 'text/html')).toContain('“Aid” – été')
    expect(decodeText(Buffer.from('“Aid” – été'), 'text/html')).toBe('“Aid” – été')
  })
})

describe('PDFs', () => {
  it('reads text per page, joins hyphens, drops running headers and footers', async () => {
    const doc = await readDocument({ bytes: await reportPdf(3), contentType: 'application/pdf' }, LIMITS)
    expect(doc.kind).toBe('pdf')
    expect(doc.title).toBe('Flash Update No. 7')
    expect(doc.text).toContain('[Page 1]')
    expect(doc.text).toContain('[Page 3]')
    expect(doc.text).toContain('need emergency shelter')
    expect(doc.text).not.toMatch(/FLASH UPDATE - NORTHERN|Page \d of 3/)
    const claims = extractClaims(doc.text, { published: '2026-11-05' })
    expect(claims.map((c) => [c.metric, c.low])).toContainEqual(['displaced', 12000])
    expect(joinHyphens('north-\nWest and dis-\nplaced')).toBe('north-\nWest and displaced')
  })

  it('sniffs content: a PDF served as HTML and a page served as PDF', async () => {
    const pdfAsHtml = await readDocument({ bytes: await reportPdf(1), contentType: 'text/html' }, LIMITS)
    expect(pdfAsHtml.kind).toBe('pdf')
    const htmlAsPdf = await readDocument(
      { bytes: Buffer.from(page(STORIES[1])), contentType: 'application/pdf' },
      LIMITS,
    )
    expect(htmlAsPdf.kind).toBe('html')
    expect(htmlAsPdf.text).toContain('At least 23 civilians')
  })

  it('refuses encrypted, corrupt and over-long PDFs', async () => {
    expect(await asyncCodeOf(readDocument({ bytes: await encryptedPdf() }, LIMITS))).toMatch(/^encrypted/)
    const corrupt = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x07)])
    expect(await asyncCodeOf(readDocument({ bytes: corrupt }, LIMITS))).toMatch(/^bad_content/)
    const truncated = (await reportPdf(2)).slice(0, 700)
    expect(await asyncCodeOf(readDocument({ bytes: truncated }, LIMITS))).toMatch(/^(bad_content|no error)/)
    expect(await asyncCodeOf(readDocument({ bytes: await manyPagesPdf(5000) }, LIMITS))).toMatch(
      /^too_large: .*5000 pages/,
    )
  })
})
