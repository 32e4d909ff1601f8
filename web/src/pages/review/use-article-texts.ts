import { useEffect, useState } from 'preact/hooks'
import { eachLimit, get } from '../../lib/api.ts'
import type { ArticleDetail, ClaimListItem } from '../../lib/types.ts'

const textCache = new Map<number, string | null>()

/** The texts of the articles the claims come from, for each claim's sentence (cached across views). */
export function useArticleTexts(items: ClaimListItem[]): Map<number, string | null> {
  const [texts, setTexts] = useState(() => new Map(textCache))
  const ids = [...new Set(items.map((c) => c.article_id).filter((id): id is number => id !== null))].filter(
    (id) => !textCache.has(id),
  )
  const key = ids.join(',')
  useEffect(() => {
    if (!ids.length) return
    let live = true
    void eachLimit(ids, 4, async (id) => {
      try {
        textCache.set(id, (await get<ArticleDetail>(`/api/articles/${id}`)).text)
      } catch {
        textCache.set(id, null)
      }
      if (live) setTexts(new Map(textCache))
    })
    return () => {
      live = false
    }
  }, [key])
  return texts
}
