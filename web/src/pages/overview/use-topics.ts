import { useMemo } from 'preact/hooks'
import { useTopicList } from '../../lib/queries.ts'
import type { Topic } from '../../lib/types.ts'
import { leadSeries } from './topic-tile.tsx'

type Filters = Record<string, string | undefined>

function topicUpdated(t: Topic): string {
  return (
    t.series
      .map((s) => s.updated_at)
      .sort()
      .at(-1) ?? ''
  )
}

/** The overview's topics: the pinned ones, then the others, most recently updated first. */
export function useTopics(filters: Filters) {
  const pinned = useTopicList({ ...filters, pinned: 'true', limit: 12 })
  const recent = useTopicList({ ...filters, limit: 30 })
  const data = useMemo(() => {
    if (!pinned.data || !recent.data) return undefined
    const pinnedIds = new Set(pinned.data.items.map((t) => t.id))
    const rest = recent.data.items
      .filter((t) => !pinnedIds.has(t.id) && leadSeries(t))
      .sort((a, b) => topicUpdated(b).localeCompare(topicUpdated(a)))
    return { pinned: pinned.data.items.filter((t) => leadSeries(t)), recent: rest }
  }, [pinned.data, recent.data])
  return {
    data,
    loading: pinned.loading || recent.loading,
    error: pinned.error ?? recent.error,
    reload: () => {
      pinned.reload()
      recent.reload()
    },
  }
}
