// Upload: files are chosen (or dropped), read in the browser (PDFs are sent as they are), described
// (title, outlet, date, URL per single-article file), then sent one article at a time with a result per file.
import { useRef, useState } from 'preact/hooks'
import { Section } from '../../components/ui.tsx'
import { eachLimit, errorMessage, post } from '../../lib/api.ts'
import { ACCEPTED, accepted, articlesFromFile, isPdf, titleFromName } from '../../lib/files.ts'
import { unreadLanguage } from '../../lib/format.ts'
import type { ArticleCreate, IngestResponse } from '../../lib/types.ts'
import { type FileResult, FileResults } from './file-results.tsx'
import { sendPdf } from './send-pdf.ts'
import { type StagedFile, StagedFileFields } from './staged-file.tsx'

/** The title of an HTML page, read without running anything (DOMParser documents are inert). */
function htmlTitle(html: string): string | null {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return doc.title.trim() || doc.querySelector('h1')?.textContent?.trim() || null
}

async function stage(f: File): Promise<StagedFile> {
  const staged: StagedFile = { name: f.name, size: f.size, items: [], errors: [], single: false }
  if (!accepted(f.name)) {
    staged.errors.push(`not a ${ACCEPTED.join(', ')} file`)
    return staged
  }
  if (isPdf(f.name)) {
    if (!f.size) staged.errors.push('the file is empty')
    else Object.assign(staged, { pdf: f, single: true, items: [{ title: titleFromName(f.name) }] })
    return staged
  }
  try {
    const parsed = articlesFromFile(f.name, await f.text(), htmlTitle)
    staged.items = parsed.items
    staged.errors = parsed.errors
    staged.single = !/\.(jsonl|ndjson)$/i.test(f.name) && parsed.items.length === 1
  } catch (err) {
    staged.errors.push(errorMessage(err))
  }
  return staged
}

/** What the form's fields say, as the API takes it: blank fields left out. */
function described(a: ArticleCreate): ArticleCreate {
  const out: ArticleCreate = { ...a }
  for (const k of ['title', 'outlet', 'published', 'url'] as const) {
    // An outlet from a .jsonl line may be an object ({ name, domain }): kept as it is.
    const given = a[k]
    if (given !== undefined && typeof given !== 'string') continue
    const v = given?.trim()
    if (v) out[k] = v
    else delete out[k]
  }
  return out
}

function emptyResult(f: StagedFile): FileResult {
  return {
    name: f.name,
    size: f.size,
    total: f.items.length,
    done: 0,
    created: 0,
    existing: 0,
    failed: 0,
    claims: 0,
    errors: [...f.errors],
    articles: [],
    pdf: Boolean(f.pdf),
  }
}

export function Upload() {
  const input = useRef<HTMLInputElement>(null)
  const [staged, setStaged] = useState<StagedFile[]>([])
  const [results, setResults] = useState<FileResult[]>([])
  const [running, setRunning] = useState(false)
  const [dragging, setDragging] = useState(false)
  const total = results.reduce((n, r) => n + r.total, 0)
  const done = results.reduce((n, r) => n + r.done, 0)
  const articles = staged.reduce((n, f) => n + f.items.length, 0)

  async function choose(files: File[]) {
    if (!files.length || running) return
    setResults([])
    setStaged(await Promise.all(files.map(stage)))
    if (input.current) input.current.value = ''
  }

  async function send() {
    if (running) return
    setRunning(true)
    const files = staged
    setStaged([])
    setResults(files.map(emptyResult))
    const update = (i: number, fn: (r: FileResult) => void) =>
      setResults((old) =>
        old.map((r, j) => {
          if (j !== i) return r
          const next = { ...r, errors: [...r.errors], articles: [...r.articles] }
          fn(next)
          return next
        }),
      )
    const jobs = files.flatMap((f, file) =>
      f.items.map((article) => ({ file, article: described(article), pdf: f.pdf })),
    )
    await eachLimit(jobs, 2, async (job) => {
      try {
        const res = job.pdf
          ? await sendPdf(job.pdf, job.article)
          : await post<IngestResponse>('/api/articles', job.article)
        update(job.file, (r) => {
          r.done++
          if (res.status === 'created') r.created++
          else r.existing++
          r.claims += res.status === 'created' ? res.article.claim_count : 0
          const unread = unreadLanguage(res.article)
          if (unread) r.unread = [...(r.unread ?? []), unread]
          r.articles.push({
            id: res.article.id,
            title: res.article.title,
            status: res.status,
            claims: res.article.claim_count,
          })
        })
      } catch (err) {
        update(job.file, (r) => {
          r.done++
          r.failed++
          r.errors.push(errorMessage(err))
        })
      }
    })
    setRunning(false)
  }

  const pct = total ? Math.round((done / total) * 100) : 0
  return (
    <Section id="upload-title" class="card add-card" title="Upload files">
      <p class="muted small">
        Many at once: <code>.txt</code>, <code>.html</code>, <code>.pdf</code>, or <code>.jsonl</code> with
        one article a line (<code>text</code> or <code>html</code>, and <code>title</code>, <code>url</code>,{' '}
        <code>outlet</code>, <code>published</code>).
      </p>
      <label
        class={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault()
          setDragging(false)
          void choose([...(e.dataTransfer?.files ?? [])])
        }}
      >
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED.join(',')}
          class="visually-hidden"
          disabled={running}
          onChange={(e) => void choose([...(e.currentTarget.files ?? [])])}
        />
        <span class="dropzone-icon" aria-hidden="true">
          ⇪
        </span>
        <span class="dropzone-title">Choose files or drop them here</span>
        <span class="muted small">
          Text files are read in your browser, PDFs on the server; say where each comes from, then add them.
        </span>
      </label>
      {staged.length ? (
        <form
          class="stack staged-files"
          aria-label="Files to add"
          onSubmit={(e) => {
            e.preventDefault()
            void send()
          }}
        >
          <ul class="file-results">
            {staged.map((f, i) => (
              <StagedFileFields
                key={f.name}
                file={f}
                onChange={(article) =>
                  setStaged((old) => old.map((x, j) => (j === i ? { ...x, items: [article] } : x)))
                }
              />
            ))}
          </ul>
          <div class="editor-actions">
            <button type="submit" class="btn btn-primary">
              Add {articles} article{articles === 1 ? '' : 's'}
            </button>
            <button type="button" class="btn btn-ghost" onClick={() => setStaged([])}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {results.length ? (
        <div class="upload-progress">
          <div class="progress-head">
            <label for="upload-progress">{running ? 'Adding articles…' : 'Done'}</label>
            <span class="muted small">
              {done} of {total} article{total === 1 ? '' : 's'}
            </span>
          </div>
          <progress id="upload-progress" max={Math.max(total, 1)} value={done} aria-valuetext={`${pct}%`}>
            {pct}%
          </progress>
          <FileResults results={results} />
        </div>
      ) : null}
    </Section>
  )
}
