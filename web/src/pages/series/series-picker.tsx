// Pick another series by typing part of its title: the matches of the same metric, as radio buttons.
import { useState } from 'preact/hooks'
import { InputField, LoadStatus } from '../../components/ui.tsx'
import { useSeriesList } from '../../lib/queries.ts'
import type { SeriesSummary } from '../../lib/types.ts'

const SHOWN = 8

export function SeriesPicker(props: {
  current: SeriesSummary
  picked: SeriesSummary | null
  onPick: (s: SeriesSummary) => void
}) {
  const [search, setSearch] = useState('')
  const { metric, id } = props.current
  const list = useSeriesList({ metric, limit: 200 })
  const words = search.toLowerCase().split(/\s+/).filter(Boolean)
  const matches = (list.data?.items ?? [])
    .filter((s) => s.id !== id && words.every((w) => s.title.toLowerCase().includes(w)))
    .slice(0, SHOWN)
  return (
    <div class="manage-series-picker">
      <InputField label="Find a series by title" type="search" value={search} onValue={setSearch} />
      <LoadStatus load={list} label="Loading the series…" />
      <fieldset>
        <legend>Series{search ? ` matching “${search}”` : ''}</legend>
        {matches.length ? (
          <ul class="plain-list">
            {matches.map((s) => (
              <li key={s.id}>
                <label class="check">
                  <input
                    type="radio"
                    name="manage-target"
                    checked={props.picked?.id === s.id}
                    onChange={() => props.onPick(s)}
                  />
                  {s.title}
                  <span class="muted small">
                    {' '}
                    · {s.point_count} figure{s.point_count === 1 ? '' : 's'}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted small">No other series matches.</p>
        )}
      </fieldset>
    </div>
  )
}
