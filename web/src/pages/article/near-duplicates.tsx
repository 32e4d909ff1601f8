import { Section } from '../../components/ui.tsx'
import { buildHash } from '../../lib/route.ts'
import type { ArticleDetail } from '../../lib/types.ts'

/** The articles that repeat this one, with how alike they are. */
export function NearDuplicates(props: { article: ArticleDetail }) {
  const a = props.article
  return (
    <Section id="dups-title" class="card side-card" title="Near-duplicates">
      {a.duplicates.length ? (
        <ul class="change-list">
          {a.duplicates.map((d) => (
            <li key={d.id}>
              <a href={buildHash(['articles', d.id])}>{d.title ?? `Article ${d.id}`}</a>
              {d.score !== null ? (
                <span class="change-line">{Math.round(d.score * 100)}% similar</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">No other article repeats this one.</p>
      )}
    </Section>
  )
}
