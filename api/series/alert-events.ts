// What happened to a series in one change, from its analysis after the change and the claims the change
// stored: pure, so the rules are tested without a database. Each event has a key naming it, so recording
// it twice (a series refreshed again, a retried transaction) records it once.
import type { Change } from './change.ts'
import { type Disagreement, describe, type Revision } from './disagreement.ts'
import type { Flag } from './flags.ts'
import type { Point } from './points.ts'

/** What an alert is about; the same list as ALERT_KINDS of the alerts tables (db/schema/alerts.ts). */
export type AlertKind = 'new_figure' | 'disagreement' | 'jump' | 'revision' | 'verified' | 'rejected'

/** A rise of at least this much over the same source's previous figure is flagged as a jump. */
export const JUMP_PERCENT = 50

/** A claim the change stored (or reviewed), with what an alert quotes of it. */
export interface AlertClaim {
  id: number
  quote: string
  asOf: string | null
}

export interface AlertFigure {
  claim_id: number
  low: number
  high: number | null
  qualifier: string
  text: string
  source: string
  as_of: string | null
  quote: string
}

export interface AlertPayload {
  kind: AlertKind
  series_id: number
  series_title: string
  figure: AlertFigure
  reason: string
  /** Path of the series in the dashboard; channels put the public address in front. */
  path: string
}

export interface EventDraft {
  key: string
  kind: AlertKind
  seriesId: number
  claimId: number
  payload: AlertPayload
}

/** The parts of a series analysis (series/store/claims.ts analyse) that events are read from. */
export interface SeriesAnalysis {
  points: Point[]
  changes: Change[]
  disagreements: Disagreement<Point>[]
  revisions: Revision<Point>[]
  /** Jumps against the series' usual rate and late reports (flags.ts); absent: none. */
  flags?: Flag[]
  sourceName: (key: string | null) => string
}

export const seriesPath = (id: number) => `/#/series/${id}`

export function figureOf(p: Point, claim: AlertClaim, sourceName: (k: string | null) => string): AlertFigure {
  return {
    claim_id: claim.id,
    low: p.low,
    high: p.high,
    qualifier: p.qualifier,
    text: describe(p),
    source: sourceName(p.sourceKey),
    as_of: p.date ?? claim.asOf,
    quote: claim.quote,
  }
}

/** Events a change made in one series: `fresh` holds the claims it stored, by id. */
export function detectEvents(
  s: { id: number; title: string; kind: string },
  a: SeriesAnalysis,
  fresh: Map<number, AlertClaim>,
): EventDraft[] {
  const freshClaim = (p: Point | undefined) => {
    for (const id of p?.claimIds ?? []) {
      const c = fresh.get(Number(id))
      if (c) return c
    }
    return undefined
  }
  const out: EventDraft[] = []
  const add = (kind: AlertKind, key: string, p: Point, claim: AlertClaim, reason: string) =>
    out.push({
      key,
      kind,
      seriesId: s.id,
      claimId: claim.id,
      payload: {
        kind,
        series_id: s.id,
        series_title: s.title,
        figure: figureOf(p, claim, a.sourceName),
        reason,
        path: seriesPath(s.id),
      },
    })
  // One event per new figure, named by what it did: a downward revision or a jump says more than "new".
  const revisionOf = new Map(a.revisions.map((r) => [r.after.id, r]))
  const changeOf = new Map(a.changes.map((ch) => [ch.pointId, ch]))
  const flagOf = new Map((a.flags ?? []).map((f) => [`${f.kind} ${f.point}`, f]))
  for (const p of a.points) {
    const c = freshClaim(p)
    if (!c) continue
    const revision = revisionOf.get(p.id)
    const change = changeOf.get(p.id)
    const source = a.sourceName(p.sourceKey)
    const jump = flagOf.get(`jump ${p.id}`)
    const late = flagOf.get(`late ${p.id}`)
    if (revision) add('revision', `figure:${c.id}`, p, c, revision.reason)
    // A rise far above the series' usual daily rate is a jump whatever its percentage.
    else if (jump) add('jump', `figure:${c.id}`, p, c, jump.reason)
    else if (change?.percent != null && change.percent >= JUMP_PERCENT)
      add(
        'jump',
        `figure:${c.id}`,
        p,
        c,
        `${source}'s figure rose ${Math.round(change.percent)}% to ${describe(p)}`,
      )
    else add('new_figure', `figure:${c.id}`, p, c, late?.reason ?? `${source} reported ${describe(p)}`)
  }
  for (const d of a.disagreements) {
    const [p, c] = freshClaim(d.b) ? [d.b, freshClaim(d.b)] : [d.a, freshClaim(d.a)]
    if (c) add('disagreement', `disagreement:${s.id}:${d.id}`, p, c, d.reason)
  }
  return out
}
