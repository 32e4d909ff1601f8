import { del, post } from '../lib/api.ts'
import { useWatches } from '../lib/queries.ts'
import type { Watch } from '../lib/types.ts'
import { attempt } from './ui.tsx'

/** "Watch" on a series page: alerts on this series go to my bell (and e-mail, webhooks as I chose). */
export function WatchButton(props: { seriesId: number }) {
  const watches = useWatches()
  if (watches.loading && !watches.data) return null
  const items = watches.data?.items ?? []
  const watch = items.find((w) => w.kind === 'series' && w.series_id === props.seriesId)
  const toggle = () =>
    attempt(
      async () => {
        if (watch) {
          await del(`/api/watches/${watch.id}`)
          watches.setData({ items: items.filter((w) => w.id !== watch.id) })
        } else {
          const made = await post<Watch>('/api/watches', { kind: 'series', series_id: props.seriesId })
          watches.setData({ items: [...items, made] })
        }
      },
      watch ? 'No longer watching this series' : 'Watching: changes to this series will alert you',
    )
  return (
    <button type="button" class="btn btn-small" aria-pressed={Boolean(watch)} onClick={() => void toggle()}>
      {watch ? 'Watching' : 'Watch'}
    </button>
  )
}
