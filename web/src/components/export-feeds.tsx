// Live feeds (editors): a saved export at a secret URL that Excel and Google Sheets read without a
// login. The URL is shown once, when the feed is made; the list shows its start, last read and state.
import { useState } from 'preact/hooks'
import { useLoad } from '../hooks.ts'
import { errorMessage, get, post } from '../lib/api.ts'
import type { CreatedFeed, ExportFeed, ExportFilters, ExportTable } from '../lib/exports.ts'
import { formatDateTime } from '../lib/format.ts'
import { CopyField, FilterChips, TablePicker, tablesText } from './export-parts.tsx'
import { FormError } from './export-schedules.tsx'
import { Badge, Empty, ErrorNotice, Field, Loading, toast } from './ui.tsx'

export function FeedsSection(props: { filters: ExportFilters }) {
  const feeds = useLoad((signal) => get<{ items: ExportFeed[] }>('/api/exports/feeds', signal), [])
  const [creating, setCreating] = useState(false)
  const [created, setCreated] = useState<CreatedFeed | null>(null)
  const items = feeds.data?.items ?? []

  async function revoke(f: ExportFeed) {
    if (!window.confirm(`Revoke “${f.name}”? Spreadsheets reading its URL stop getting data at once.`)) return
    try {
      await post(`/api/exports/feeds/${f.id}/revoke`)
      toast(`Revoked “${f.name}”.`)
      if (created?.id === f.id) setCreated(null)
      feeds.reload()
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }

  return (
    <section class="exports-section" aria-labelledby="feeds-title">
      <div class="section-head">
        <div>
          <h2 id="feeds-title" class="card-title">
            Live feeds
          </h2>
          <p class="muted small section-note">
            A saved export at a secret URL that a spreadsheet refreshes by itself, without signing in. Anyone
            with the URL can read it, so share it like a password and revoke it when it is no longer needed.
          </p>
        </div>
        {!creating ? (
          <button type="button" class="btn btn-primary" onClick={() => setCreating(true)}>
            New feed
          </button>
        ) : null}
      </div>
      {creating ? (
        <FeedForm
          filters={props.filters}
          onDone={(feed) => {
            setCreating(false)
            if (feed) {
              setCreated(feed)
              feeds.reload()
            }
          }}
        />
      ) : null}
      {created ? <CreatedFeedCard feed={created} onClose={() => setCreated(null)} /> : null}
      <div class="feeds-grid">
        <div>
          {feeds.loading && !feeds.data ? <Loading /> : null}
          {feeds.error ? <ErrorNotice error={feeds.error} onRetry={feeds.reload} /> : null}
          {feeds.data && !items.length ? (
            <Empty title="No feeds yet.">Create one to pull figures live into Excel or Google Sheets.</Empty>
          ) : null}
          {items.length ? (
            <div class="table-wrap">
              <table class="table feeds-table">
                <thead>
                  <tr>
                    <th scope="col">Feed</th>
                    <th scope="col">URL starts</th>
                    <th scope="col">Last read</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((f) => (
                    <tr key={f.id} class={f.revoked_at ? 'row-muted' : undefined}>
                      <td>
                        <span class="source-name">{f.name}</span>
                        <span class="muted small block">
                          {tablesText(f.tables)}
                          {f.hxl ? ', HXL' : ''} · made {formatDateTime(f.created_at)}
                        </span>
                        <FilterChips filters={f.filters} label={`Filters of ${f.name}`} />
                      </td>
                      <td>
                        <code>…/feeds/{f.token_prefix}…</code>
                      </td>
                      <td class="nowrap muted">
                        {f.last_read_at ? formatDateTime(f.last_read_at) : 'never'}
                        {f.read_count ? (
                          <span class="small block">
                            {f.read_count} {f.read_count === 1 ? 'read' : 'reads'}
                          </span>
                        ) : null}
                      </td>
                      <td>
                        {f.revoked_at ? (
                          <Badge kind="danger" title={`Revoked ${formatDateTime(f.revoked_at)}`}>
                            revoked
                          </Badge>
                        ) : (
                          <Badge kind="success">live</Badge>
                        )}
                      </td>
                      <td class="row-actions">
                        {!f.revoked_at ? (
                          <button
                            type="button"
                            class="btn btn-small btn-danger-ghost"
                            aria-label={`Revoke ${f.name}`}
                            onClick={() => void revoke(f)}
                          >
                            Revoke
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
        <HowTo feed={created} />
      </div>
    </section>
  )
}

function FeedForm(props: { filters: ExportFilters; onDone: (feed: CreatedFeed | null) => void }) {
  const [name, setName] = useState('')
  const [tables, setTables] = useState<ExportTable[]>(['summary'])
  const [hxl, setHxl] = useState(false)
  const [bom, setBom] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  async function submit(e: Event) {
    e.preventDefault()
    setError(null)
    if (!tables.length) return setError(new Error('Choose at least one table.'))
    setBusy(true)
    try {
      const feed = await post<CreatedFeed>('/api/exports/feeds', {
        name: name.trim(),
        tables,
        filters: props.filters,
        hxl,
        bom,
      })
      props.onDone(feed)
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="card inline-card stack" onSubmit={submit} aria-label="New feed">
      <h3 class="form-title">New live feed</h3>
      <div class="form-row form-row-wide">
        <Field label="Feed name" hint="Shown in the file and in this list">
          {(id, hint) => (
            <input
              id={id}
              type="text"
              required
              maxLength={120}
              aria-describedby={hint}
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          )}
        </Field>
        <TablePicker value={tables} onChange={setTables} legend="Tables (the .csv URL serves the first)" />
        <fieldset class="plain-fieldset">
          <legend>Options</legend>
          <div class="check-row">
            <label class="check">
              <input type="checkbox" checked={hxl} onChange={(e) => setHxl(e.currentTarget.checked)} />
              HXL hashtags row
            </label>
            <label class="check">
              <input type="checkbox" checked={bom} onChange={(e) => setBom(e.currentTarget.checked)} />
              Byte-order mark in the CSV
            </label>
          </div>
        </fieldset>
      </div>
      <div class="form-filters">
        <span class="field-label">Filters</span>
        <FilterChips filters={props.filters} label="Filters of this feed" />
        <span class="hint">The filters set at the top of the page.</span>
      </div>
      {error ? <FormError error={error} /> : null}
      <div class="editor-actions">
        <button type="submit" class="btn btn-primary" disabled={busy || !name.trim()}>
          Create feed
        </button>
        <button type="button" class="btn btn-ghost" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  )
}

function CreatedFeedCard(props: { feed: CreatedFeed; onClose: () => void }) {
  return (
    <div class="secret card feed-secret" role="status">
      <p>
        <strong>Feed “{props.feed.name}” created.</strong> Copy its URL now: it holds the secret and is not
        shown again.
      </p>
      <div class="stack">
        <CopyField label="CSV URL" value={props.feed.urls.csv} />
        <CopyField label="Excel URL" value={props.feed.urls.xlsx} />
      </div>
      <button type="button" class="btn btn-small btn-ghost feed-secret-done" onClick={props.onClose}>
        Done
      </button>
    </div>
  )
}

/** How to read a feed in Excel and Google Sheets, with the new feed's URLs when there is one. */
function HowTo(props: { feed: CreatedFeed | null }) {
  const csv = props.feed?.urls.csv ?? 'https://…/feeds/tfd_….csv'
  const xlsx = props.feed?.urls.xlsx ?? 'https://…/feeds/tfd_….xlsx'
  return (
    <aside class="card howto" aria-labelledby="howto-title">
      <h3 id="howto-title" class="form-title">
        Using a feed in a spreadsheet
      </h3>
      <h4 class="howto-head">Excel</h4>
      <ol class="howto-steps">
        <li>
          <strong>Data › From Web</strong> (Power Query), choose <em>Basic</em>.
        </li>
        <li>
          Paste the Excel URL: <code class="howto-url">{xlsx}</code>
        </li>
        <li>Pick the sheet (Summary, Points or Claims) and choose Load.</li>
        <li>
          <strong>Data › Refresh All</strong> fetches the latest figures; Query Properties can refresh on open
          or every few minutes.
        </li>
      </ol>
      <h4 class="howto-head">Google Sheets</h4>
      <ol class="howto-steps">
        <li>
          In cell A1, type <code class="howto-url">=IMPORTDATA("{csv}")</code>
        </li>
        <li>Sheets refreshes it by itself about every hour. The CSV URL serves the feed's first table.</li>
      </ol>
    </aside>
  )
}
