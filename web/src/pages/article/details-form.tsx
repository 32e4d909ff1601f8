// An article's details, corrected by an editor: title, outlet, publication date and URL (the text is
// fixed). The server re-reads the claims' dates against a new publication date.
import { useRef, useState } from 'preact/hooks'
import { FormActions, InputField } from '../../components/ui.tsx'
import { useFocusFirstField, useSubmit } from '../../hooks.ts'
import { patch } from '../../lib/api.ts'
import type { ArticleDetail, ArticleSummary } from '../../lib/types.ts'

export function ArticleDetailsForm(props: {
  article: ArticleDetail
  onSaved: (a: ArticleSummary) => void
  onCancel: () => void
}) {
  const a = props.article
  const [title, setTitle] = useState(a.title ?? '')
  const [outlet, setOutlet] = useState(a.outlet ?? '')
  const [published, setPublished] = useState(a.published ?? '')
  const [url, setUrl] = useState(a.url ?? '')
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstField(form)
  const sending = useSubmit(async () => {
    // Only what changed, blank meaning "none".
    const now = { title: title.trim(), outlet: outlet.trim(), published, url: url.trim() }
    const before = {
      title: a.title ?? '',
      outlet: a.outlet ?? '',
      published: a.published ?? '',
      url: a.url ?? '',
    }
    const body = Object.fromEntries(
      Object.entries(now)
        .filter(([k, v]) => v !== before[k as keyof typeof before])
        .map(([k, v]) => [k, v || null]),
    )
    if (!Object.keys(body).length) return props.onCancel()
    props.onSaved(await patch<ArticleSummary>(`/api/articles/${a.id}`, body))
  })
  return (
    <form
      ref={form}
      class="card inline-card stack article-details-form"
      aria-label="Article details"
      onSubmit={sending.submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel()
      }}
    >
      <InputField label="Title" type="text" maxLength={1000} value={title} onValue={setTitle} />
      <div class="form-row">
        <InputField label="Outlet" type="text" maxLength={200} value={outlet} onValue={setOutlet} />
        <InputField
          label="Published"
          hint="Dates in the text (“since Monday”) are read against it"
          type="date"
          value={published}
          onValue={setPublished}
        />
        <InputField label="URL" type="url" placeholder="https://…" value={url} onValue={setUrl} />
      </div>
      <FormActions submit="Save details" waiting="Saving…" sending={sending} onCancel={props.onCancel} />
    </form>
  )
}
