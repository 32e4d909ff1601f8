// The pieces of a brief, shared by the series brief and the place brief.
import { QuoteRef } from '../../components/quote-ref.tsx'
import { formatDate, formatFigure, formatNumber } from '../../lib/format.ts'
import type { Annotation, SeriesDetail, SeriesSummary } from '../../lib/types.ts'
import { latestPerSource } from './latest.ts'

/** Low, best and high by the series' rule, with the reason to quote. */
export function BriefEstimate(props: { series: SeriesSummary }) {
  const e = props.series.estimate
  if (!e) return <p class="brief-muted">No figure to use yet.</p>
  return (
    <div class="brief-estimate">
      <dl>
        <div>
          <dt>Low</dt>
          <dd>{formatNumber(e.low)}</dd>
        </div>
        <div class="brief-best">
          <dt>Best</dt>
          <dd>{formatNumber(e.best)}</dd>
        </div>
        <div>
          <dt>High</dt>
          <dd>{e.high === null ? 'open' : formatNumber(e.high)}</dd>
        </div>
      </dl>
      <p class="brief-reason">
        {e.reason} <span class="brief-muted">(rule: {e.rule_name})</span>
      </p>
    </div>
  )
}

/** Each source's latest figure with the words it came in. */
export function BriefSources(props: {
  detail: SeriesDetail
  headingId: string
  quoteChars?: number
  level?: 2 | 3
}) {
  const rows = latestPerSource(props.detail, props.quoteChars)
  const Heading = props.level === 3 ? 'h3' : 'h2'
  return (
    <section aria-labelledby={props.headingId}>
      <Heading id={props.headingId}>Latest figure per source</Heading>
      {rows.length ? (
        <div class="brief-table-wrap">
          <table class="brief-table">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Figure</th>
                <th scope="col">Reported</th>
                <th scope="col">In their words</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.point.key}>
                  <th scope="row">{r.source}</th>
                  <td class="brief-figure">{formatFigure(r.point)}</td>
                  <td>{formatDate(r.point.as_of)}</td>
                  <td>
                    {r.quote ? (
                      <QuoteRef
                        quote={r.quote}
                        source={r.outlet}
                        published={r.published}
                        mutedClass="brief-muted"
                        brackets
                      />
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="brief-muted">No figures.</p>
      )}
    </section>
  )
}

/** Why sources disagree, and where a source revised its own figure down. */
export function BriefDisagreements(props: { detail: SeriesDetail; headingId: string; level?: 2 | 3 }) {
  const { disagreement_groups: groups, revisions } = props.detail
  const Heading = props.level === 3 ? 'h3' : 'h2'
  return (
    <section aria-labelledby={props.headingId}>
      <Heading id={props.headingId}>Disagreements</Heading>
      {groups.length || revisions.length ? (
        <ul class="brief-list">
          {groups.map((g) => (
            <li key={g.id}>
              <strong>
                {g.comparable ? 'Sources disagree' : 'Figures differ'}, {formatDate(g.first)}
                {g.last !== g.first ? ` – ${formatDate(g.last)}` : ''}:
              </strong>{' '}
              {g.reason}
            </li>
          ))}
          {revisions.map((r) => (
            <li key={`${r.from}-${r.to}`}>
              <strong>Revised down:</strong> {r.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p class="brief-muted">None: the sources' figures agree.</p>
      )}
    </section>
  )
}

/** The editors' notes, numbered as on the chart. */
export function BriefNotes(props: { notes: Annotation[] }) {
  if (!props.notes.length) return null
  return (
    <section aria-labelledby="brief-notes">
      <h2 id="brief-notes">Notes</h2>
      <ol class="brief-notes">
        {props.notes.map((a) => (
          <li key={a.id}>
            <strong>{formatDate(a.on)}</strong> {a.note}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** "Tally, 6 Dec 2026, <link>": where the brief came from, to cite it. */
export function BriefCredit(props: { hash: string }) {
  const link = `${window.location.origin}/${props.hash}`
  return (
    <footer class="brief-credit">
      Tally, {formatDate(new Date().toISOString().slice(0, 10))}, <a href={props.hash}>{link}</a>
    </footer>
  )
}

/** The screen-only bar over a brief: back, and print (or save as PDF). */
export function BriefActions(props: { back: string; backLabel: string }) {
  return (
    <div class="brief-actions">
      <a href={props.back}>{props.backLabel}</a>
      <button type="button" class="btn btn-small btn-primary" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </div>
  )
}
