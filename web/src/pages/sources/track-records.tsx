// Sources' track records, from Tally's own history: revisions down, true conflicts and with whom,
// reporting lag, rounding, distance from the later best estimate, and what review made of them.
import { DataTable, num } from '../../components/data-table.tsx'
import { LoadStatus, Section } from '../../components/ui.tsx'
import { useLoad } from '../../hooks.ts'
import { get } from '../../lib/api.ts'
import type { TrackRecord } from '../../lib/types.ts'
import { useCan } from '../../session.ts'
import { SourceGrade } from './source-grade.tsx'
import './track-records.css'

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`)
const ROUNDING: Record<TrackRecord['rounding'], string> = {
  hundreds: 'to hundreds',
  tens: 'to tens',
  exact: 'exact figures',
  unknown: '–',
}

export function TrackRecords() {
  const load = useLoad((signal) => get<{ items: TrackRecord[] }>('/api/sources/track-records', signal), [])
  const items = (load.data?.items ?? []).filter((r) => r.claims > 0)
  const editor = useCan('editor')
  return (
    <Section id="records-title" title="Track records">
      <LoadStatus load={load} />
      {items.length ? (
        <DataTable
          class="track-records"
          label="Sources' track records"
          columns={[
            'Source',
            'Grade',
            num('Figures'),
            num('Revised down'),
            'True conflicts',
            num('Median lag (days)'),
            'Rounds',
            num('Off later best'),
            num('Verified'),
            num('Rejected'),
          ]}
        >
          {items.map((r) => (
            <tr key={r.key}>
              <td>{r.name}</td>
              <td>
                <SourceGrade record={r} editor={editor} onSaved={load.reload} />
              </td>
              <td class="num">{r.figures}</td>
              <td class="num">
                {r.revised_down} <span class="muted small">({pct(r.revised_down_share)})</span>
              </td>
              <td>
                {r.conflicts
                  ? `${r.conflicts}: ${r.conflicts_with.map((w) => `${w.name} (${w.count})`).join(', ')}`
                  : 'none'}
              </td>
              <td class="num">{r.median_lag_days ?? '–'}</td>
              <td>{ROUNDING[r.rounding]}</td>
              <td class="num">{pct(r.median_distance_from_best)}</td>
              <td class="num">{pct(r.verified_share)}</td>
              <td class="num">{pct(r.rejected_share)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </Section>
  )
}
