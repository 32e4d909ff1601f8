import { useState } from 'preact/hooks'
import { InputField, Notice, PageHeader, Section, SubmitLine, TextAreaField } from '../components/ui.tsx'
import { useSubmit, useTitle } from '../hooks.ts'
import { post } from '../lib/api.ts'
import type { Query } from '../lib/route.ts'
import type { ArticleCreate, IngestResponse } from '../lib/types.ts'
import { useCan } from '../session.ts'
import { AddByUrl } from './add-articles/add-by-url.tsx'
import { StoredNotice } from './add-articles/stored-notice.tsx'
import { Upload } from './add-articles/upload.tsx'

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
        <AddByUrl />
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
  const sending = useSubmit(async () => {
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
      <form class="stack" onSubmit={sending.submit}>
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
        <SubmitLine submit="Add article" waiting="Reading…" disabled={!text.trim()} sending={sending}>
          {result ? <StoredNotice result={result} /> : null}
        </SubmitLine>
      </form>
    </Section>
  )
}
