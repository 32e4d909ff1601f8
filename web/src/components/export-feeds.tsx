// Live feeds (editors): a saved export at a secret URL that Excel and Google Sheets read without a
// login. The URL is shown once, when the feed is made; the list shows its start, last read and state.
import { useState } from 'preact/hooks'
import { useAddForm, useSubmit } from '../hooks.ts'
import { post } from '../lib/api.ts'
import type { CreatedFeed, ExportFilters, ExportTable } from '../lib/exports.ts'
import { formatDateTime } from '../lib/format.ts'
import { useExportFeeds } from '../lib/queries.ts'
import { ACTIONS, DataTable } from './data-table.tsx'
import {
  ExportOptions,
  FilterChips,
  FormError,
  FormFilters,
  TablePicker,
  tablesText,
} from './export-parts.tsx'
import { CopyField, SecretCard, SecretCells } from './secrets.tsx'
import { AddButton, Empty, FormActions, HeadedSection, InputField, LoadStatus } from './ui.tsx'

export function FeedsSection(props: { filters: ExportFilters }) {
  const feeds = useExportFeeds()
  const [created, setCreated] = useState<CreatedFeed | null>(null)
  const creating = useAddForm((feed: CreatedFeed) => {
    setCreated(feed)
    feeds.reload()
  })
  const items = feeds.data?.items ?? []

  return (
    <HeadedSection
      class="exports-section"
      id="feeds-title"
      title="Live feeds"
      note="A saved export at a secret URL that a spreadsheet refreshes by itself, without signing in. Anyone with the URL can read it, so share it like a password and revoke it when it is no longer needed."
      actions={<AddButton form={creating} label="New feed" />}
    >
      {creating.open ? <FeedForm filters={props.filters} onDone={creating.done} /> : null}
      {created ? <CreatedFeedCard feed={created} onClose={() => setCreated(null)} /> : null}
      <div class="feeds-grid">
        <div>
          <LoadStatus load={feeds} />
          {feeds.data && !items.length ? (
            <Empty title="No feeds yet.">Create one to pull figures live into Excel or Google Sheets.</Empty>
          ) : null}
          {items.length ? (
            <DataTable class="feeds-table" columns={['Feed', 'URL starts', 'Last read', 'Status', ACTIONS]}>
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
                  <SecretCells
                    name={f.name}
                    revokedAt={f.revoked_at}
                    live="live"
                    consequence="Spreadsheets reading its URL stop getting data at once."
                    label={`Revoke ${f.name}`}
                    revoke={() => post(`/api/exports/feeds/${f.id}/revoke`)}
                    onRevoked={() => {
                      if (created?.id === f.id) setCreated(null)
                      feeds.reload()
                    }}
                  />
                </tr>
              ))}
            </DataTable>
          ) : null}
        </div>
        <HowTo feed={created} />
      </div>
    </HeadedSection>
  )
}

function FeedForm(props: { filters: ExportFilters; onDone: (feed: CreatedFeed | null) => void }) {
  const [name, setName] = useState('')
  const [tables, setTables] = useState<ExportTable[]>(['summary'])
  const [hxl, setHxl] = useState(false)
  const [bom, setBom] = useState(false)
  const { submit, error, busy } = useSubmit(async () => {
    if (!tables.length) throw new Error('Choose at least one table.')
    const feed = await post<CreatedFeed>('/api/exports/feeds', {
      name: name.trim(),
      tables,
      filters: props.filters,
      hxl,
      bom,
    })
    props.onDone(feed)
  })

  return (
    <form class="card inline-card stack" onSubmit={submit} aria-label="New feed">
      <h3 class="form-title">New live feed</h3>
      <div class="form-row form-row-wide">
        <InputField
          label="Feed name"
          hint="Shown in the file and in this list"
          type="text"
          required
          maxLength={120}
          value={name}
          onValue={setName}
        />
        <TablePicker value={tables} onChange={setTables} legend="Tables (the .csv URL serves the first)" />
        <ExportOptions
          hxl={hxl}
          onHxl={setHxl}
          bom={bom}
          onBom={setBom}
          bomLabel="Byte-order mark in the CSV"
        />
      </div>
      <FormFilters filters={props.filters} label="Filters of this feed">
        <span class="hint">The filters set at the top of the page.</span>
      </FormFilters>
      {error ? <FormError error={error} /> : null}
      <FormActions submit="Create feed" disabled={busy || !name.trim()} onCancel={() => props.onDone(null)} />
    </form>
  )
}

function CreatedFeedCard(props: { feed: CreatedFeed; onClose: () => void }) {
  return (
    <SecretCard
      class="feed-secret"
      title={`Feed “${props.feed.name}” created.`}
      note="Copy its URL now: it holds the secret and is not shown again."
    >
      <div class="stack">
        <CopyField label="CSV URL" value={props.feed.urls.csv} />
        <CopyField label="Excel URL" value={props.feed.urls.xlsx} />
      </div>
      <button type="button" class="btn btn-small btn-ghost feed-secret-done" onClick={props.onClose}>
        Done
      </button>
    </SecretCard>
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
