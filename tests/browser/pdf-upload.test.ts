// PDFs uploaded on "Add articles" are read on the server (POST /api/articles/document) and their figures
// found; a corrupt, encrypted or too long PDF is refused with the server's reason. "Add by URL" fetches a page served by the test
// from 127.0.0.1 (hence INTAKE_ALLOW_PRIVATE=on).
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { expect, it } from 'vitest'
import { encryptedPdf, manyPagesPdf } from '../intake/fixtures.ts'
import { seriousViolations } from './axe.ts'
import { describeInBrowser, describeStagedFile, screenshot, servedPages } from './helpers.ts'

/** A one-page bulletin with one figure in it, written for this test. */
async function bulletinPdf(
  lines = [
    'At least 37 people were killed when flood water swept through the lower valley,',
    'the civil defence said on Tuesday.',
  ],
): Promise<Buffer> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const p = doc.addPage([595, 842])
  const line = (text: string, y: number) => p.drawText(text, { x: 50, y, size: 11, font })
  line('VALLEY FLOODS - BULLETIN 3', 800)
  for (const [i, text] of lines.entries()) line(text, 700 - 15 * i)
  return Buffer.from(await doc.save({ useObjectStreams: false }))
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dam breach empties villages</title></head>
<body><article><h1>Dam breach empties villages</h1>
<p>About 8,500 people have fled their homes since the dam gave way on Sunday, the regional governor said.</p>
<p>Rescue teams were still searching the riverbanks on Wednesday, and shelters in the town were full.</p>
</article></body></html>`

const site = servedPages(async (fx) => {
  fx.serve('/news/dam-breach', 'text/html; charset=utf-8', PAGE)
  fx.serve(
    '/reports/bulletin-4.pdf',
    'application/pdf',
    await bulletinPdf([
      'Some 2,300 families are sheltering in schools across the valley, the relief',
      'committee said on Friday.',
    ]),
  )
})

describeInBrowser(
  'PDF upload and add by URL',
  (t) => {
    it('uploads a PDF with its details, shows its figures, and refuses corrupt, encrypted, too long and too large ones', async () => {
      const { page, finish } = await t.open('editor', '#/articles/new')
      await page.locator('input[type=file]').setInputFiles([
        { name: 'valley-bulletin.pdf', mimeType: 'application/pdf', buffer: await bulletinPdf() },
        {
          name: 'broken.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage with no end'),
        },
        { name: 'locked.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await encryptedPdf()) },
        { name: 'long.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await manyPagesPdf(6)) },
        {
          name: 'huge.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200 * 1024, 32)]),
        },
      ])
      await describeStagedFile(page, 'valley-bulletin.pdf', {
        Title: 'Valley floods bulletin',
        Outlet: 'Valley Civil Defence',
        Published: '2026-11-10',
        URL: 'https://civil-defence.example/bulletin-3.pdf',
      })
      expect(await seriousViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Add 5 articles' }).click()
      await page.getByText('Done', { exact: true }).waitFor({ timeout: 30_000 })

      const row = (name: string) => page.locator('.file-result', { hasText: name })
      expect(await row('valley-bulletin.pdf').locator('.file-status').textContent()).toMatch(
        /^[1-9]\d* claims? found$/,
      )
      // Each refused with the server's reason, not a generic failure.
      const refusal = async (name: string) => {
        expect(await row(name).locator('.file-status').textContent()).toBe('refused')
        return row(name).locator('.file-errors').textContent()
      }
      expect(await refusal('broken.pdf')).toMatch(/^not a readable PDF/)
      expect(await refusal('locked.pdf')).toBe('the PDF is encrypted with a password')
      expect(await refusal('long.pdf')).toBe('the PDF has 6 pages, over the limit of 5')
      expect(await refusal('huge.pdf')).toMatch(
        /^larger than the server takes as an upload: add it by its URL/,
      )
      expect(await seriousViolations(page)).toEqual([])
      await screenshot(page, 'pdf-upload')

      const link = row('valley-bulletin.pdf').getByRole('link')
      const id = Number(/\d+$/.exec((await link.textContent())!)![0])
      await t.expectSaved(`/api/articles/${id}`, {
        title: 'Valley floods bulletin',
        outlet: 'Valley Civil Defence',
        published: '2026-11-10',
        url: 'https://civil-defence.example/bulletin-3.pdf',
      })
      await link.click()
      await page.locator('.article-text .hl').first().waitFor()
      expect(await page.locator('.article-claims').textContent()).toContain('37')
      expect(await seriousViolations(page)).toEqual([])

      // The same PDF again is recognised as stored.
      await page.goto(`${t.base}/#/articles/new`)
      await page
        .locator('input[type=file]')
        .setInputFiles([{ name: 'again.pdf', mimeType: 'application/pdf', buffer: await bulletinPdf() }])
      await page.getByRole('button', { name: 'Add 1 article' }).click()
      await page.getByText('Done', { exact: true }).waitFor({ timeout: 30_000 })
      expect(await row('again.pdf').locator('.file-status').textContent()).toBe('duplicate: already stored')
      await finish()
    }, 90_000)

    it('adds a web page and a PDF by their URL, and says clearly when one cannot be fetched', async () => {
      const { page, finish } = await t.open('editor', '#/articles/new')
      const form = page.getByRole('region', { name: 'Add by URL' })
      await form.getByLabel('Web page or PDF').fill(`${site.fx.base}/news/dam-breach`)
      await form.getByRole('button', { name: 'Fetch and add' }).click()
      await form.getByText(/Stored article \d+ with [1-9]\d* claims? found\./).waitFor({ timeout: 30_000 })
      expect(await seriousViolations(page)).toEqual([])
      await screenshot(page, 'add-by-url')

      // A PDF by its URL, read on the server like an uploaded one.
      await form.getByLabel('Web page or PDF').fill(`${site.fx.base}/reports/bulletin-4.pdf`)
      await form.getByRole('button', { name: 'Fetch and add' }).click()
      await form.getByText(/Stored article \d+ with [1-9]\d* claims? found\./).waitFor({ timeout: 30_000 })
      const pdfArticle = Number(
        /#\/articles\/(\d+)/.exec(
          (await form.getByRole('link', { name: 'Open article' }).getAttribute('href'))!,
        )![1],
      )
      const claims = await t.api<{ items: { low: number }[] }>('GET', `/api/claims?article_id=${pdfArticle}`)
      expect(claims.items.map((c) => c.low)).toContain(2300)

      await form.getByLabel('Web page or PDF').fill(`${site.fx.base}/news/gone`)
      await form.getByRole('button', { name: 'Fetch and add' }).click()
      const refusal = form.getByText(/^Not added:/)
      await refusal.waitFor({ timeout: 30_000 })
      expect(await refusal.textContent()).toMatch(/404/)
      expect(await seriousViolations(page)).toEqual([])
      await screenshot(page, 'add-by-url-refused')

      await finish()
    }, 90_000)
  },
  // Low limits, so small PDFs show the refusals a very long or very large one gets.
  {
    BODY_LIMIT_MB: '0.125', // 128 KB (Fastify wants whole bytes)
    INTAKE_ALLOW_PRIVATE: 'on',
    INTAKE_HOST_DELAY_MS: '0',
    INTAKE_PDF_MAX_PAGES: '5',
    ARCHIVE_DIR: site.archiveDir,
  },
)
