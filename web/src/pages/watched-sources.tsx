import './intake.css'
import { useState } from 'preact/hooks'
import {
  Badge,
  Empty,
  ErrorNotice,
  FormActions,
  InputField,
  LoadStatus,
  PageHeader,
  toast,
} from '../components/ui.tsx'
import { useSubmit, useTitle } from '../hooks.ts'
import { del, errorMessage, patch, post } from '../lib/api.ts'
import { formatDateTime } from '../lib/format.ts'
import {
  formatEvery,
  KIND_LABELS,
  parseTerms,
  STATUS_LABELS,
  type Subscription,
  statusKind,
} from '../lib/intake.ts'
import { useSubscriptions } from '../lib/queries.ts'
import { useCan } from '../session.ts'

/** The sources Tally watches: feeds, ReliefWeb queries and pages, with how each is doing. */
export function WatchedSourcesPage() {
  useTitle('Watched sources')
  const editor = useCan('editor')
  const list = useSubscriptions()
  return (
    <section class="page">
      <PageHeader
        title="Watched sources"
        subtitle="Feeds, ReliefWeb queries and web pages Tally polls on its own; what they bring lands in the inbox."
      />
      {editor ? <AddSubscription onAdded={list.reload} /> : null}
      <LoadStatus load={list} />
      {list.data && !list.data.items.length ? (
        <Empty title="No watched sources yet">
          Paste a feed, a ReliefWeb API query or a page address above.
        </Empty>
      ) : null}
      <ul class="card-list" aria-label="Watched sources">
        {list.data?.items.map((s) => (
          <SubscriptionCard key={s.id} s={s} editor={editor} onChanged={list.reload} />
        ))}
      </ul>
    </section>
  )
}

function AddSubscription(props: { onAdded: () => void }) {
  const [url, setUrl] = useState('')
  const [include, setInclude] = useState('')
  const form = useSubmit(async () => {
    const s = await post<Subscription>('/api/subscriptions', {
      url: url.trim(),
      ...(include.trim() ? { include: parseTerms(include) } : {}),
    })
    toast(`Watching ${s.name} (${KIND_LABELS[s.kind]})`)
    setUrl('')
    setInclude('')
    props.onAdded()
  })
  return (
    <form class="card form-grid" onSubmit={form.submit} aria-label="Watch a source">
      <InputField
        label="Address"
        hint="A feed, a ReliefWeb API query or a web page; Tally finds out which."
        type="url"
        required
        value={url}
        onValue={setUrl}
      />
      <InputField
        label="Only items mentioning (optional)"
        hint="Comma-separated terms"
        value={include}
        onValue={setInclude}
      />
      {form.error ? <ErrorNotice error={form.error} /> : null}
      <div class="editor-actions">
        <button type="submit" class="btn btn-primary" disabled={form.busy}>
          {form.busy ? 'Checking…' : 'Watch'}
        </button>
      </div>
    </form>
  )
}

function SubscriptionCard(props: { s: Subscription; editor: boolean; onChanged: () => void }) {
  const { s } = props
  const [editing, setEditing] = useState(false)
  const act = (what: string, run: () => Promise<unknown>) => async () => {
    try {
      await run()
      toast(what)
      props.onChanged()
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }
  return (
    <li class="card subscription" aria-labelledby={`sub-${s.id}`}>
      <div class="card-head">
        <h2 id={`sub-${s.id}`} class="card-title">
          {s.name}
        </h2>
        <Badge>{KIND_LABELS[s.kind]}</Badge>{' '}
        <Badge kind={statusKind(s.status)}>{STATUS_LABELS[s.status]}</Badge>
      </div>
      <p class="muted break">{s.url}</p>
      <dl class="facts">
        <dt>Polled</dt>
        <dd>
          {s.last_poll_at
            ? `${formatDateTime(s.last_poll_at)}${s.last_result ? ` (${s.last_result})` : ''}`
            : 'not yet'}
        </dd>
        <dt>Next poll</dt>
        <dd>
          {s.next_poll_at ? `${formatDateTime(s.next_poll_at)}, ${formatEvery(s.every_minutes)}` : 'paused'}
        </dd>
        <dt>Items</dt>
        <dd>
          {s.items_seen} seen, {s.articles_made} articles, {s.figures_found} figures
          {s.items_pending ? `, ${s.items_pending} waiting` : ''}
          {s.items_failed ? `, ${s.items_failed} failed` : ''}
        </dd>
        {s.include.length || s.exclude.length || s.language ? (
          <>
            <dt>Filters</dt>
            <dd>
              {[
                s.include.length ? `with ${s.include.join(', ')}` : '',
                s.exclude.length ? `without ${s.exclude.join(', ')}` : '',
                s.language ? `in ${s.language}` : '',
              ]
                .filter(Boolean)
                .join('; ')}
            </dd>
          </>
        ) : null}
      </dl>
      {s.last_error ? (
        <p class="notice notice-error" role="status">
          Last error: {s.last_error}
        </p>
      ) : null}
      {props.editor ? (
        <div class="card-actions">
          <button
            type="button"
            class="btn"
            onClick={act('Poll requested', () => post(`/api/subscriptions/${s.id}/poll`))}
          >
            Poll now
          </button>
          <button
            type="button"
            class="btn"
            onClick={act(s.paused ? 'Resumed' : 'Paused', () =>
              patch(`/api/subscriptions/${s.id}`, { paused: !s.paused }),
            )}
          >
            {s.paused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" class="btn" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            Edit
          </button>
          <button
            type="button"
            class="btn btn-danger"
            onClick={() => {
              if (window.confirm(`Stop watching ${s.name}? Stored articles stay.`))
                void act('Removed', () => del(`/api/subscriptions/${s.id}`))()
            }}
          >
            Remove
          </button>
        </div>
      ) : null}
      {editing ? (
        <EditSubscription
          s={s}
          onDone={() => {
            setEditing(false)
            props.onChanged()
          }}
        />
      ) : null}
    </li>
  )
}

function EditSubscription(props: { s: Subscription; onDone: () => void }) {
  const { s } = props
  const [name, setName] = useState(s.name)
  const [every, setEvery] = useState(String(s.every_minutes))
  const [include, setInclude] = useState(s.include.join(', '))
  const [exclude, setExclude] = useState(s.exclude.join(', '))
  const [language, setLanguage] = useState(s.language ?? '')
  const form = useSubmit(async () => {
    await patch(`/api/subscriptions/${s.id}`, {
      name: name.trim(),
      every_minutes: Number(every),
      include: parseTerms(include),
      exclude: parseTerms(exclude),
      language: language.trim() || null,
    })
    toast('Saved')
    props.onDone()
  })
  return (
    <form class="form-grid" onSubmit={form.submit} aria-label={`Edit ${s.name}`}>
      <InputField label="Name" required value={name} onValue={setName} />
      <InputField
        label="Minutes between polls"
        type="number"
        min={5}
        max={10080}
        value={every}
        onValue={setEvery}
      />
      <InputField label="Only items mentioning" hint="Comma-separated" value={include} onValue={setInclude} />
      <InputField
        label="Leave out items mentioning"
        hint="Comma-separated"
        value={exclude}
        onValue={setExclude}
      />
      <InputField label="Language" hint="e.g. en; empty for any" value={language} onValue={setLanguage} />
      {form.error ? <ErrorNotice error={form.error} /> : null}
      <FormActions submit="Save" disabled={form.busy} onCancel={props.onDone} />
    </form>
  )
}
