import { eq, inArray, type SQL, sql } from 'drizzle-orm'
import { type Series, series, seriesDirty } from '../../db/schema/index.ts'
import { jsonb, type Tx } from '../../db/sql.ts'
import { type EstimateRule, estimate, reliabilityOf, ruleOf } from '../estimate.ts'
import { explainDisagreements, type FigureFacts } from '../explain.ts'
import { findFlags } from '../flags.ts'
import {
  changes,
  collapseIncidents,
  findDisagreements,
  findRevisions,
  increments,
  type Point,
  summarise,
  toPoints,
} from '../index.ts'
import { seriesSourceRecord } from '../track-record.ts'
import { recordSeriesEvents } from './alert-outbox.ts'
import { CLAIM_COLUMNS, type ClaimRead, readSeriesClaims } from './claim-reader.ts'
import { incrementalSummaries, type SummaryRow } from './incremental.ts'
import { changeAnalysis, type Judgement, storedJudgements } from './judgements.ts'
import { rebuildPoints, WINDOW_DAYS } from './points-state.ts'

/**
 * Everything derived from a series' claims: points (or collapsed incidents), change, increments,
 * disagreements and revisions. Incident series are not checked for disagreement: two different
 * events on nearby days are not two sources contradicting each other.
 */
export function analyse(
  kind: Series['kind'],
  rows: Pick<
    ClaimRead,
    | 'input'
    | 'sourceKey'
    | 'sourceName'
    | 'sourceKind'
    | 'sourceGrade'
    | 'unit'
    | 'who'
    | 'sinceDate'
    | 'location'
  >[],
  windowDays = 7,
  storedRule: string | null = null,
) {
  const rule = ruleOf(storedRule)
  const inputs = rows.map((r) => r.input)
  const names = new Map(rows.map((r) => [r.sourceKey, r.sourceName]))
  const trust = new Map(rows.map((r) => [r.sourceKey, reliabilityOf(r.sourceKind, r.sourceGrade)]))
  const facts = new Map<string | number, FigureFacts>(
    rows.map((r) => [r.input.id, { since: r.sinceDate, group: r.who, place: r.location, unit: r.unit }]),
  )
  const sourceName = (k: string | null) => (k ? (names.get(k) ?? k) : 'an unattributed report')
  const reliability = (k: string | null) => (k === null ? 0 : (trust.get(k) ?? 1))
  const points: Point[] = kind === 'incident' ? collapseIncidents(inputs) : toPoints(inputs)
  const disagreements = kind === 'incident' ? [] : findDisagreements(points, { windowDays, sourceName })
  // What a point counts: what the first of its claims says (claims of one point give one figure).
  const factsOf = (p: Point) => {
    const first = p.claimIds[0]
    return first === undefined ? undefined : facts.get(first)
  }
  // A running toll's reference period starts on its claims' "since" date (one per series).
  const periodStart = rows.find((r) => r.sinceDate)?.sinceDate ?? null
  return {
    points,
    summary: summarise(points),
    flags: findFlags(kind, points, inputs, { periodStart, sourceName }),
    changes: kind === 'incident' ? [] : changes(points),
    increments: kind === 'incident' ? [] : increments(points),
    disagreements,
    explained: explainDisagreements(disagreements, factsOf, windowDays),
    revisions: kind === 'incident' ? [] : findRevisions(points),
    sourceName,
    reliability,
    rule,
    estimate: (at?: string, chosen?: EstimateRule, estimateWindow?: number) =>
      estimate(points, {
        rule: chosen ?? rule,
        at,
        windowDays: estimateWindow,
        reliability,
        sourceName,
        kind,
      }),
  }
}

type Analysis = ReturnType<typeof analyse>

const SPARK_DAYS = 30

/** The highest asserted figure of each report day, for the last days that have one. */
export function sparkline(points: Point[]) {
  const byDay = new Map<string, number>()
  for (const p of points) {
    if (!p.date || p.denied) continue
    byDay.set(p.date, Math.max(byDay.get(p.date) ?? 0, p.high ?? p.low))
  }
  return [...byDay]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(-SPARK_DAYS)
    .map(([as_of, low]) => ({ as_of, low }))
}

/** A series summary from all its claims: the reference that incremental refreshes must equal. */
export function fullSummary(
  s: Pick<Series, 'id' | 'kind'>,
  mine: ClaimRead[],
  a: Analysis = analyse(s.kind, mine, WINDOW_DAYS),
): SummaryRow {
  const latest = a.summary.latest
  // Consecutive incidents are different events: "change" only means something for a running toll.
  const change = latest && s.kind !== 'incident' ? a.changes.find((c) => c.pointId === latest.id) : undefined
  const previous = change?.previousPointId ? a.points.find((p) => p.id === change.previousPointId) : undefined
  return {
    id: s.id,
    claim_count: mine.length,
    point_count: a.points.length,
    source_count: a.summary.independentSources,
    first_date: a.summary.firstDate,
    last_date: a.summary.lastDate,
    latest_low: latest?.low ?? null,
    latest_high: latest?.high ?? null,
    latest_qualifier: latest?.qualifier ?? null,
    latest_source: latest ? a.sourceName(latest.sourceKey) : null,
    previous_low: previous?.low ?? null,
    disagreement_count: a.disagreements.length,
    revision_count: a.revisions.length,
    spark: sparkline(a.points),
  }
}

/**
 * Brings the stored summaries, estimates and sources' records of these series up to date, and records
 * their alert events. A series whose points are stored is refreshed from the slices its claims changed
 * since (series_dirty, written by triggers), reading only those claims and stored points; any other,
 * or every one with `full`, is rebuilt from all its claims. Every rewrite bumps `version`, which
 * validates cached answers about the series. With `skipLocked`, series another transaction is
 * refreshing are left alone, their marks kept (`refreshCommitted` comes back for them). With
 * `claimsOnly` the caller says the marks are all that changed (no rule, grade or source name): a figure
 * to use that no changed point can move is kept. Returns the ids of the series refreshed.
 */
export async function refreshSeries(
  tx: Tx,
  ids: number[],
  { full = false, skipLocked = false, claimsOnly = false } = {},
): Promise<number[]> {
  const unique = [...new Set(ids)].sort((a, b) => a - b)
  if (!unique.length) return []
  // Row locks taken in id order, so that two transactions refreshing overlapping series queue
  // instead of deadlocking.
  const list = await tx
    .select({
      id: series.id,
      kind: series.kind,
      title: series.title,
      built: series.pointsBuilt,
      rule: series.estimateRule,
      disagreementCount: series.disagreementCount,
      claimCount: series.claimCount,
      pointCount: series.pointCount,
      revisionCount: series.revisionCount,
      storedRule: sql<string | null>`${series.estimate}->>'rule'`,
      sourceRecord: series.sourceRecord,
    })
    .from(series)
    .where(inArray(series.id, unique))
    .orderBy(series.id)
    .for('no key update', skipLocked ? { skipLocked: true } : undefined)
  const locked = list.map((s) => s.id)
  // Marks of series that no longer exist go too; those of series skipped stay for their next refresh.
  const consumed = skipLocked
    ? sql`${seriesDirty.seriesId} in (select jsonb_array_elements_text(${jsonb(unique)})::bigint)
        and (${seriesDirty.seriesId} in (select jsonb_array_elements_text(${jsonb(locked)})::bigint)
          or not exists (select 1 from series s where s.id = ${seriesDirty.seriesId}))`
    : inArray(seriesDirty.seriesId, unique)
  const dirty = await tx.delete(seriesDirty).where(consumed).returning({
    seriesId: seriesDirty.seriesId,
    sourceId: seriesDirty.sourceId,
    low: seriesDirty.low,
    claimId: seriesDirty.claimId,
    joined: seriesDirty.joined,
  })
  const rebuild = list.filter((s) => full || !s.built)
  const bySeries = new Map<number, ClaimRead[]>(rebuild.map((s) => [s.id, []]))
  if (rebuild.length)
    for (const r of await readSeriesClaims(
      tx,
      rebuild.map((s) => s.id),
      CLAIM_COLUMNS.analysis,
    ))
      bySeries.get(r.seriesId ?? 0)?.push(r)
  const input: SummaryRow[] = []
  // Each rebuilt series analysed once, for its stored points and pairs, its summary and its judgements.
  const analysed = new Map<number, Analysis>()
  const built = rebuild.map((s) => {
    const rows = bySeries.get(s.id) ?? []
    const made = analyse(s.kind, rows, WINDOW_DAYS, s.rule)
    analysed.set(s.id, made)
    input.push(fullSummary(s, rows, made))
    return { s, rows, made }
  })
  await rebuildPoints(tx, built)
  const slices = dirty.map((d) => ({
    seriesId: d.seriesId,
    sourceId: d.sourceId,
    low: d.low,
    joined: d.joined,
  }))
  const stored = list.filter((s) => !bySeries.has(s.id))
  const { rows, fresh, records, reach } = await incrementalSummaries(tx, stored, slices)
  input.push(...rows)
  await writeSummaries(
    tx,
    input,
    rebuild.map((s) => s.id),
  )
  const judged = [
    ...[...analysed].map(([id, a]) => ({
      id,
      estimate: a.estimate(),
      source_record: seriesSourceRecord(a.revisions, a.disagreements, a.explained),
    })),
    ...(await storedJudgements(tx, stored, records, claimsOnly ? reach : null)),
  ]
  await writeJudgements(tx, judged)
  // Watchers are told in the same transaction: the alert exists exactly when the refresh does.
  await recordSeriesEvents(
    tx,
    list,
    dirty.flatMap((d) => (d.claimId === null ? [] : [d.claimId])),
    (s, ids) => analysed.get(s.id) ?? changeAnalysis(tx, s, fresh.get(s.id) ?? [], ids),
  )
  return locked
}

/** The figure to use and the series' part of its sources' records, in one statement. */
async function writeJudgements(tx: Tx, rows: Judgement[]) {
  if (!rows.length) return
  await tx
    .update(series)
    .set({
      ...fromX('sourceRecord'),
      estimate: sql`case when x.keep then ${series.estimate} else x.estimate end`,
    })
    .from(
      sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id bigint, estimate jsonb, keep boolean,
        source_record jsonb)`,
    )
    .where(eq(series.id, sql.raw('x.id')))
}

/** `column = x.column` for each column named: the values an UPDATE ... FROM a recordset `x` copies. */
function fromX<K extends keyof typeof series.$inferSelect>(...columns: K[]) {
  return Object.fromEntries(columns.map((k) => [k, sql.raw(`x.${series[k].name}`)])) as Record<K, SQL>
}

async function writeSummaries(tx: Tx, input: SummaryRow[], built: number[]) {
  if (!input.length) return
  await tx
    .update(series)
    .set({
      ...fromX(
        'claimCount',
        'pointCount',
        'sourceCount',
        'firstDate',
        'lastDate',
        'latestLow',
        'latestHigh',
        'latestQualifier',
        'latestSource',
        'previousLow',
        'disagreementCount',
        'revisionCount',
        'spark',
      ),
      pointsBuilt: built.length
        ? sql`${series.pointsBuilt} or x.id in (select jsonb_array_elements_text(${jsonb(built)})::bigint)`
        : sql`${series.pointsBuilt}`,
      version: sql`${series.version} + 1`,
      updatedAt: new Date(),
    })
    .from(
      sql`jsonb_to_recordset(${JSON.stringify(input)}::jsonb) as x(id bigint, claim_count int, point_count int,
        source_count int, first_date date, last_date date, latest_low float8, latest_high float8,
        latest_qualifier text, latest_source text, previous_low float8, disagreement_count int,
        revision_count int, spark jsonb)`,
    )
    .where(eq(series.id, sql.raw('x.id')))
}
