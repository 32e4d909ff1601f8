// The numbers behind sources' track records: one grouped pass over claims for what each claim says
// (review, lag, rounding, distance from the series' later best estimate), and the per-series records
// kept with each summary for revisions and true conflicts (see refreshSeries).
import { isNotNull, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { articles, claims, series, sources } from '../../db/schema/index.ts'
import { rowsOf } from '../../db/sql.ts'
import { GRADES } from '../estimate.ts'
import { type SourceClaimStats, trackRecords } from '../track-record.ts'

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))

export async function readTrackRecords(db: Db) {
  const live = sql`${claims.status} <> 'rejected'`
  const best = sql`(${series.estimate}->>'best')::float8`
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`select ${sources.id} as id, ${sources.key} as key, ${sources.name} as name, ${sources.grade} as grade,
        ${sources.gradeNote} as grade_note, ${sources.gradedBy} as graded_by,
        count(*) as claims,
        count(distinct concat_ws('|', ${claims.seriesId}, ${claims.low}, ${claims.high}, ${claims.qualifier}))
          filter (where ${live}) as figures,
        count(*) filter (where ${claims.status} = 'verified') as verified,
        count(*) filter (where ${claims.status} = 'rejected') as rejected,
        percentile_cont(0.5) within group (order by (${articles.published} - ${claims.asOf}))
          filter (where ${articles.published} is not null and ${claims.asOf} is not null and ${live}) as lag,
        count(*) filter (where ${live} and ${claims.low} >= 100 and mod(${claims.low}::numeric, 100) = 0) as hundreds,
        count(*) filter (where ${live} and ${claims.low} >= 10 and mod(${claims.low}::numeric, 10) = 0) as tens,
        count(*) filter (where ${live} and ${claims.low} >= 100) as at_least_100,
        count(*) filter (where ${live} and ${claims.low} >= 10) as at_least_10,
        percentile_cont(0.5) within group (order by abs(${claims.low} - ${best}) / nullif(${best}, 0))
          filter (where ${live} and ${series.estimate} is not null
                  and ${claims.asOf} < (${series.estimate}->>'as_of')::date) as distance
      from ${claims}
      join ${sources} on ${sources.id} = ${claims.sourceId}
      left join ${articles} on ${articles.id} = ${claims.articleId}
      left join ${series} on ${series.id} = ${claims.seriesId}
      group by ${sources.id}
      order by count(*) desc, ${sources.name}`,
  )
  const stats: SourceClaimStats[] = rows.map((r) => ({
    id: Number(r.id),
    key: String(r.key),
    name: String(r.name),
    grade: GRADES.find((g) => g === r.grade) ?? null,
    gradeNote: r.grade_note === null ? null : String(r.grade_note),
    gradedBy: r.graded_by === null ? null : String(r.graded_by),
    claims: Number(r.claims),
    figures: Number(r.figures),
    verified: Number(r.verified),
    rejected: Number(r.rejected),
    medianLagDays: num(r.lag),
    roundHundreds: Number(r.hundreds),
    roundTens: Number(r.tens),
    atLeast100: Number(r.at_least_100),
    atLeast10: Number(r.at_least_10),
    medianDistance: num(r.distance),
  }))
  const records = await db
    .select({ record: series.sourceRecord })
    .from(series)
    .where(sql`${isNull(series.mergedInto)} and ${isNotNull(series.sourceRecord)}`)
  return trackRecords(
    stats,
    records.flatMap((r) => (r.record ? [r.record] : [])),
  )
}
