// Add by URL: POST /api/articles with only a url makes the server fetch the page or PDF and store it
// like a pasted article (the fetch refuses private addresses; see docs/intake.md).
import { useState } from 'preact/hooks'
import { InputField, Notice, Section, SubmitLine } from '../../components/ui.tsx'
import { useSubmit } from '../../hooks.ts'
import { errorMessage, post } from '../../lib/api.ts'
import type { ArticleCreate, IngestResponse } from '../../lib/types.ts'
import { StoredNotice } from './stored-notice.tsx'

export function AddByUrl() {
  const [url, setUrl] = useState('')
  const [result, setResult] = useState<IngestResponse | null>(null)
  const { submit, error, busy } = useSubmit(async () => {
    setResult(null)
    const body: ArticleCreate = { url: url.trim() }
    const r = await post<IngestResponse>('/api/articles', body)
    setResult(r)
    if (r.status === 'created') setUrl('')
  })
  return (
    <Section id="by-url-title" class="card add-card" title="Add by URL">
      <form class="stack" onSubmit={submit}>
        <InputField
          label="Web page or PDF"
          hint="Tally fetches it, reads its text and keeps a copy of what it fetched."
          type="url"
          placeholder="https://…"
          required
          value={url}
          onValue={setUrl}
        />
        {error ? (
          // The one field is this one: "url: 404: … is gone" reads as "404: … is gone".
          <Notice kind="error">Not added: {errorMessage(error).replace(/^url: /, '')}</Notice>
        ) : null}
        <SubmitLine submit={busy ? 'Fetching…' : 'Fetch and add'} disabled={busy || !url.trim()}>
          {result ? <StoredNotice result={result} /> : null}
        </SubmitLine>
      </form>
    </Section>
  )
}
