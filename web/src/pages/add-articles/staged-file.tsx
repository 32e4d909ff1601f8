// A chosen file before it is sent: a single article (.txt, .html) gets its own title, outlet, date and
// URL, since a file carries none of them; a .jsonl brings its own fields, line by line.
import { InputField } from '../../components/ui.tsx'
import { formatBytes } from '../../lib/files.ts'
import type { ArticleCreate } from '../../lib/types.ts'

export interface StagedFile {
  name: string
  size: number
  items: ArticleCreate[]
  errors: string[]
  /** One article to describe by hand (.txt, .html, .pdf), rather than a batch that describes itself. */
  single: boolean
  /** A PDF, sent as its bytes: its text is read on the server. */
  pdf?: File
}

type Editable = 'title' | 'outlet' | 'published' | 'url'

/** The details a single file does not carry, typed in beside it. */
const FIELDS: {
  key: Editable
  label: string
  type: string
  hint?: string
  placeholder?: string
  maxLength?: number
}[] = [
  { key: 'title', label: 'Title', type: 'text', maxLength: 1000 },
  { key: 'outlet', label: 'Outlet', type: 'text', placeholder: 'Arab News' },
  { key: 'published', label: 'Published', type: 'date', hint: 'Empty: read from the text' },
  { key: 'url', label: 'URL', type: 'url', placeholder: 'https://…' },
]

/** An article's outlet as typed: its name, whether given as a name or an outlet object. */
const outletName = (outlet: ArticleCreate['outlet']) =>
  typeof outlet === 'string' ? outlet : (outlet?.name ?? '')

export function StagedFileFields(props: { file: StagedFile; onChange: (article: ArticleCreate) => void }) {
  const { file } = props
  const article = file.items[0]
  const set = (k: Editable, v: string) => article && props.onChange({ ...article, [k]: v })
  if (!file.single || !article) {
    return (
      <li class="staged-file">
        <div class="file-line">
          <span class="file-name">{file.name}</span>
          <span class="muted small">{formatBytes(file.size)}</span>
          <span class="spacer" />
          <span class="small">
            {file.items.length
              ? `${file.items.length} article${file.items.length === 1 ? '' : 's'}, described in the file`
              : 'nothing to add'}
          </span>
        </div>
        {file.errors.length ? <p class="file-errors small">{file.errors.slice(0, 3).join('; ')}</p> : null}
      </li>
    )
  }
  return (
    <li class="staged-file">
      <fieldset>
        <legend>
          <span class="file-name">{file.name}</span> <span class="muted small">{formatBytes(file.size)}</span>
        </legend>
        <div class="form-row">
          {FIELDS.map(({ key, ...field }) => (
            <InputField
              key={key}
              {...field}
              value={key === 'outlet' ? outletName(article.outlet) : (article[key] ?? '')}
              onValue={(v) => set(key, v)}
            />
          ))}
        </div>
      </fieldset>
    </li>
  )
}
