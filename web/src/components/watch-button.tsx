import { useEffect, useState } from 'preact/hooks'
import { del, get, post } from '../lib/api.ts'
import type { Watch } from '../lib/types.ts'
import { attempt } from './ui.tsx'

/** "Watch" on a series page: alerts on this series go to my bell (and e-mail, webhooks as I chose). */
export function WatchButton(props: { seriesId: number }) {
  const [watch, setWatch] = useState<Watch | null | undefined>(undefined)
  useEffect(() => {
    get<{ items: Watch[] }>('/api/watches').then(
      (r) => setWatch(r.items.find((w) => w.kind === 'series' && w.series_id === props.seriesId) ?? null),
      () => setWatch(null),
    )
  }, [props.seriesId])
  const toggle = () =>
    attempt(
      async () => {
        if (watch) {
          await del(`/api/watches/${watch.id}`)
          setWatch(null)
        } else setWatch(await post<Watch>('/api/watches', { kind: 'series', series_id: props.seriesId }))
      },
      watch ? 'No longer watching this series' : 'Watching: changes to this series will alert you',
    )
  if (watch === undefined) return null
  return (
    <button type="button" class="btn btn-small" aria-pressed={Boolean(watch)} onClick={() => void toggle()}>
      {watch ? 'Watching' : 'Watch'}
    </button>
  )
}
