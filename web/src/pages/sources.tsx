import { useState } from 'preact/hooks'
import { DataTable, num } from '../components/data-table.tsx'
import { TextFilter } from '../components/filters.tsx'
import {
  AddButton,
  attempt,
  Empty,
  ErrorNotice,
  FormActions,
  InputField,
  LoadStatus,
  Notice,
  Options,
  PageHeader,
  Section,
  SectionHead,
  SelectField,
  toast,
} from '../components/ui.tsx'
import { useAddForm, useSubmit, useTitle } from '../hooks.ts'
import { del, post } from '../lib/api.ts'
import { useOutlets, useSources } from '../lib/queries.ts'
import { buildHash, type Query } from '../lib/route.ts'
import type { Source } from '../lib/types.ts'
import { useCan } from '../session.ts'
import { TrackRecords } from './sources/track-records.tsx'

const KINDS = ['un', 'government', 'military', 'monitor', 'ngo', 'media', 'health', 'other'] as const
const KIND_LABELS: Record<string, string> = {
  un: 'UN agency',
  government: 'Government',
  military: 'Military',
  monitor: 'Monitor',
  ngo: 'NGO',
  media: 'Media',
  health: 'Health authority',
  other: 'Other',
}

export function SourcesPage(props: { query: Query }) {
  useTitle('Sources')
  const admin = useCan('admin')
  const q = props.query
  const sources = useSources(q.q)
  const outlets = useOutlets()
  const all = [...(sources.data?.items ?? [])].sort(
    (a, b) => b.claim_count - a.claim_count || a.name.localeCompare(b.name),
  )
  // The starter table knows hundreds of organisations; by default only those credited with figures.
  const everything = Boolean(q.all) || Boolean(q.q)
  const credited = all.filter((s) => s.claim_count > 0)
  const items = everything ? all : credited
  const adding = useAddForm(sources.reload)

  return (
    <section class="page">
      <PageHeader
        title="Sources"
        subtitle="Who figures are credited to, with the spellings that name them, and the outlets that published them."
        actions={admin ? <AddButton form={adding} label="Add a source" /> : null}
      />
      {adding.open ? <NewSource onDone={adding.done} /> : null}
      <div class="sources-grid">
        <section aria-labelledby="orgs-title">
          <SectionHead id="orgs-title" title="Organisations">
            <form class="inline-filter" onSubmit={(e) => e.preventDefault()} aria-label="Filter sources">
              <TextFilter label="Find a source" name="q" query={q} placeholder="Name or alias" />
            </form>
          </SectionHead>
          <LoadStatus
            load={sources}
            missing={
              <Notice kind="warning">The list of sources appears here once this server offers it.</Notice>
            }
          />
          {sources.data && !items.length ? <Empty title="No source matches." /> : null}
          {items.length ? (
            <DataTable class="sources-table" columns={['Source', 'Kind', 'Also written as', num('Figures')]}>
              {items.map((s) => (
                <SourceRow key={s.id} source={s} admin={admin} onChanged={sources.reload} />
              ))}
            </DataTable>
          ) : null}
          {sources.data && !q.q && all.length > credited.length ? (
            <p class="table-foot muted small">
              {everything ? (
                <a href={buildHash(['sources'])}>Show only the sources credited with figures</a>
              ) : (
                <>
                  {all.length - credited.length} more organisations are known but not credited with a figure
                  yet. <a href={buildHash(['sources'], { all: 1 })}>Show all {all.length}</a>
                </>
              )}
            </p>
          ) : null}
        </section>
        <Section id="outlets-title" title="Outlets">
          {outlets.error ? <ErrorNotice error={outlets.error} onRetry={outlets.reload} /> : null}
          {outlets.data ? (
            <DataTable columns={['Outlet', num('Articles')]}>
              {outlets.data.items.map((o) => (
                <tr key={o.id}>
                  <td>
                    <a href={buildHash(['articles'], { outlet: o.name })}>{o.name}</a>
                    {o.domain ? <span class="muted small block">{o.domain}</span> : null}
                  </td>
                  <td class="num">{o.articles}</td>
                </tr>
              ))}
            </DataTable>
          ) : null}
        </Section>
      </div>
      <TrackRecords />
    </section>
  )
}

function SourceRow(props: { source: Source; admin: boolean; onChanged: () => void }) {
  const s = props.source
  const [alias, setAlias] = useState('')
  const [adding, setAdding] = useState(false)
  const [expanded, setExpanded] = useState(false)
  const shown = expanded ? s.aliases : s.aliases.slice(0, 5)
  async function add(e: Event) {
    e.preventDefault()
    if (!alias.trim()) return
    const added = await attempt(async () => {
      const r = await post<{ reassigned: number }>(`/api/sources/${s.id}/aliases`, { alias: alias.trim() })
      toast(`Added “${alias.trim()}”${r.reassigned ? `; ${r.reassigned} claims now credit ${s.name}` : ''}.`)
    })
    if (!added) return
    setAlias('')
    setAdding(false)
    props.onChanged()
  }
  async function remove(id: number, text: string) {
    if (await attempt(() => del(`/api/sources/aliases/${id}`), `Removed “${text}”.`)) props.onChanged()
  }
  return (
    <tr>
      <td>
        <span class="source-name">{s.name}</span>
        {s.country ? <span class="muted small block">{s.country}</span> : null}
      </td>
      <td class="nowrap">{KIND_LABELS[s.kind] ?? s.kind}</td>
      <td>
        <ul class="chips" aria-label={`Aliases of ${s.name}`}>
          {shown.map((a) => (
            <li key={a.id} class="chip">
              {a.alias}
              {props.admin ? (
                <button
                  type="button"
                  class="chip-remove"
                  aria-label={`Remove alias ${a.alias}`}
                  onClick={() => void remove(a.id, a.alias)}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
          {!s.aliases.length ? <li class="muted small">none</li> : null}
          {s.aliases.length > 5 ? (
            <li>
              <button
                type="button"
                class="link-button small"
                aria-expanded={expanded}
                onClick={() => setExpanded(!expanded)}
              >
                {expanded ? 'fewer' : `+${s.aliases.length - 5} more`}
              </button>
            </li>
          ) : null}
          {props.admin && !adding ? (
            <li>
              <button type="button" class="link-button small" onClick={() => setAdding(true)}>
                + add spelling
              </button>
            </li>
          ) : null}
        </ul>
        {props.admin && adding ? (
          <form class="alias-form" onSubmit={add}>
            <label class="visually-hidden" for={`alias-${s.id}`}>
              New alias for {s.name}
            </label>
            <input
              id={`alias-${s.id}`}
              type="text"
              placeholder="Another spelling"
              value={alias}
              ref={(el) => el?.focus()}
              onInput={(e) => setAlias(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setAdding(false)
              }}
            />
            <button type="submit" class="btn btn-small" disabled={!alias.trim()}>
              Add
            </button>
            <button type="button" class="btn btn-small btn-ghost" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </form>
        ) : null}
      </td>
      <td class="num">{s.claim_count}</td>
    </tr>
  )
}

function NewSource(props: { onDone: (added: boolean) => void }) {
  const [name, setName] = useState('')
  const [kind, setKind] = useState<string>('ngo')
  const [country, setCountry] = useState('')
  const [aliases, setAliases] = useState('')
  const sending = useSubmit(async () => {
    await post('/api/sources', {
      name: name.trim(),
      kind,
      country: country.trim() ? country.trim().toUpperCase() : null,
      aliases: aliases
        .split(/[,;\n]/)
        .map((a) => a.trim())
        .filter(Boolean),
    })
    toast(`Added ${name.trim()}.`)
    props.onDone(true)
  })
  return (
    <form class="card inline-card stack" onSubmit={sending.submit} aria-label="New source">
      <div class="form-row">
        <InputField label="Name" type="text" required value={name} onValue={setName} />
        <SelectField label="Kind" value={kind} onValue={setKind}>
          <Options items={KINDS} label={(k) => KIND_LABELS[k]} />
        </SelectField>
        <InputField label="Country (ISO3)" type="text" maxLength={3} value={country} onValue={setCountry} />
      </div>
      <InputField
        label="Other spellings"
        hint="Comma-separated; claims that name them are credited to this source."
        type="text"
        value={aliases}
        onValue={setAliases}
      />
      <FormActions submit="Add source" sending={sending} onCancel={() => props.onDone(false)} />
    </form>
  )
}
