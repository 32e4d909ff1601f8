import { useRef, useState } from 'preact/hooks'
import { InputField, Notice, PageHeader, Section, TextAreaField } from '../components/ui.tsx'
import { useSubmit, useTitle } from '../hooks.ts'
import { eachLimit, errorMessage, post } from '../lib/api.ts'
import { ACCEPTED, accepted, articlesFromFile, formatBytes } from '../lib/files.ts'
import { buildHash, type Query } from '../lib/route.ts'
import type { ArticleCreate, IngestResponse } from '../lib/types.ts'
import { useCan } from '../session.ts'

interface FileResult {
  name: string
  size: number
  total: number
  done: number
  created: number
  existing: number
  failed: number
  claims: number
  errors: string[]
  articles: { id: number; title: string | null; status: 'created' | 'existing'; claims: number }[]
}

/** The title of an HTML page, read without running anything (DOMParser documents are inert). */
function htmlTitle(html: string): string | null {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return doc.title.trim() || doc.querySelector('h1')?.textContent?.trim() || null
}

export function AddArticlesPage(_props: { query: Query }) {
  useTitle('Add articles')
  const editor = useCan('editor')
  if (!editor) {
    return (
      <section class="page">
        <PageHeader title="Add articles" />
        <Notice kind="warning">Adding articles needs the editor role.</Notice>
      </section>
    )
  }
  return (
    <section class="page">
      <PageHeader
        title="Add articles"
        subtitle="Tally stores each article and every figure it finds in it. The same article twice is recognised and kept once."
      />
      <div class="add-grid">
        <PasteForm />
        <Upload />
      </div>
    </section>
  )
}

function PasteForm() {
  const [title, setTitle] = useState('')
  const [url, setUrl] = useState('')
  const [outlet, setOutlet] = useState('')
  const [published, setPublished] = useState('')
  const [text, setText] = useState('')
  const [result, setResult] = useState<IngestResponse | null>(null)
  const { submit, error, busy } = useSubmit(async () => {
    setResult(null)
    const body: ArticleCreate = {
      text,
      title: title.trim() || null,
      url: url.trim() || null,
      outlet: outlet.trim() || null,
      published: published || null,
    }
    const r = await post<IngestResponse>('/api/articles', body)
    setResult(r)
    if (r.status === 'created') {
      setTitle('')
      setUrl('')
      setOutlet('')
      setPublished('')
      setText('')
    }
  })

  return (
    <Section id="paste-title" class="card add-card" title="Paste an article">
      <form class="stack" onSubmit={submit}>
        <InputField label="Title" type="text" value={title} onValue={setTitle} />
        <div class="form-row">
          <InputField label="URL" type="url" placeholder="https://…" value={url} onValue={setUrl} />
          <InputField label="Outlet" type="text" placeholder="Arab News" value={outlet} onValue={setOutlet} />
          <InputField label="Published" type="date" value={published} onValue={setPublished} />
        </div>
        <TextAreaField
          label="Text"
          hint="Plain text; dates like “since late April” are read against the publication date."
          rows={12}
          required
          value={text}
          onValue={setText}
        />
        {error ? <Notice kind="error">{errorMessage(error)}</Notice> : null}
        {result ? (
          <Notice
            kind={result.status === 'created' ? 'success' : 'info'}
            action={
              <a class="btn btn-small" href={buildHash(['articles', result.article.id])}>
                Open article
              </a>
            }
          >
            {result.status === 'created'
              ? `Stored article ${result.article.id} with ${result.article.claim_count} claim${result.article.claim_count === 1 ? '' : 's'} found.`
              : `Already stored as article ${result.article.id} (${result.article.claim_count} claims); nothing was added.`}
          </Notice>
        ) : null}
        <div>
          <button type="submit" class="btn btn-primary" disabled={busy || !text.trim()}>
            {busy ? 'Reading…' : 'Add article'}
          </button>
        </div>
      </form>
    </Section>
  )
}

function Upload() {
  const input = useRef<HTMLInputElement>(null)
  const [results, setResults] = useState<FileResult[]>([])
  const [running, setRunning] = useState(false)
  const [dragging, setDragging] = useState(false)
  const total = results.reduce((n, r) => n + r.total, 0)
  const done = results.reduce((n, r) => n + r.done, 0)

  async function run(files: File[]) {
    if (!files.length || running) return
    setRunning(true)
    const list: FileResult[] = []
    const jobs: { file: number; article: ArticleCreate }[] = []
    for (const f of files) {
      const r: FileResult = {
        name: f.name,
        size: f.size,
        total: 0,
        done: 0,
        created: 0,
        existing: 0,
        failed: 0,
        claims: 0,
        errors: [],
        articles: [],
      }
      if (!accepted(f.name)) {
        r.errors.push(`not a ${ACCEPTED.join(', ')} file`)
      } else {
        try {
          const parsed = articlesFromFile(f.name, await f.text(), htmlTitle)
          r.errors.push(...parsed.errors)
          r.total = parsed.items.length
          for (const article of parsed.items) jobs.push({ file: list.length, article })
        } catch (err) {
          r.errors.push(errorMessage(err))
        }
      }
      list.push(r)
    }
    setResults(list.map((r) => ({ ...r })))
    const update = (i: number, fn: (r: FileResult) => void) =>
      setResults((old) =>
        old.map((r, j) =>
          j === i
            ? (fn({ ...r, errors: [...r.errors], articles: [...r.articles] }) as unknown as FileResult)
            : r,
        ),
      )
    await eachLimit(jobs, 2, async (job) => {
      try {
        const res = await post<IngestResponse>('/api/articles', job.article)
        update(job.file, (r) => {
          r.done++
          if (res.status === 'created') r.created++
          else r.existing++
          r.claims += res.status === 'created' ? res.article.claim_count : 0
          r.articles.push({
            id: res.article.id,
            title: res.article.title,
            status: res.status,
            claims: res.article.claim_count,
          })
          return r
        })
      } catch (err) {
        update(job.file, (r) => {
          r.done++
          r.failed++
          r.errors.push(errorMessage(err))
          return r
        })
      }
    })
    setRunning(false)
    if (input.current) input.current.value = ''
  }

  const pct = total ? Math.round((done / total) * 100) : 0
  return (
    <Section id="upload-title" class="card add-card" title="Upload files">
      <p class="muted small">
        Many at once: <code>.txt</code>, <code>.html</code>, or <code>.jsonl</code> with one article a line (
        <code>text</code> or <code>html</code>, and <code>title</code>, <code>url</code>, <code>outlet</code>,{' '}
        <code>published</code>).
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
          void run([...(e.dataTransfer?.files ?? [])])
        }}
      >
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED.join(',')}
          class="visually-hidden"
          disabled={running}
          onChange={(e) => void run([...(e.currentTarget.files ?? [])])}
        />
        <span class="dropzone-icon" aria-hidden="true">
          ⇪
        </span>
        <span class="dropzone-title">Choose files or drop them here</span>
        <span class="muted small">They are read in your browser and sent one article at a time.</span>
      </label>
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
          <ul class="file-results" aria-live="polite">
            {results.map((r) => (
              <li
                key={r.name}
                class={`file-result${r.failed || (r.errors.length && !r.total) ? ' has-error' : ''}`}
              >
                <div class="file-line">
                  <span class="file-name">{r.name}</span>
                  <span class="muted small">{formatBytes(r.size)}</span>
                  <span class="spacer" />
                  <span class="file-status">{fileStatus(r)}</span>
                </div>
                {r.articles.length === 1 && r.total === 1 ? (
                  <a class="small" href={buildHash(['articles', r.articles[0].id])}>
                    Open article {r.articles[0].id}
                  </a>
                ) : r.articles.length > 1 ? (
                  <details class="small">
                    <summary>{r.articles.length} articles</summary>
                    <ul>
                      {r.articles.map((a) => (
                        <li key={a.id}>
                          <a href={buildHash(['articles', a.id])}>{a.title ?? `Article ${a.id}`}</a> ·{' '}
                          {a.status === 'created' ? `${a.claims} claims` : 'duplicate'}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {r.errors.length ? (
                  <ul class="file-errors">
                    {r.errors.slice(0, 5).map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                    {r.errors.length > 5 ? <li>and {r.errors.length - 5} more</li> : null}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  )
}

function fileStatus(r: FileResult): string {
  if (!r.total) return r.errors.length ? 'error' : 'nothing to add'
  if (r.done < r.total) return `${r.done} of ${r.total}…`
  if (r.total === 1) {
    if (r.created) return `${r.claims} claim${r.claims === 1 ? '' : 's'} found`
    if (r.existing) return 'duplicate: already stored'
    return 'error'
  }
  const parts = [`${r.created} new (${r.claims} claim${r.claims === 1 ? '' : 's'})`]
  if (r.existing) parts.push(`${r.existing} duplicate${r.existing === 1 ? '' : 's'}`)
  if (r.failed) parts.push(`${r.failed} failed`)
  return parts.join(', ')
}
