import type { TSchema } from 'typebox'
import { METRICS, type Metric } from '../../extractor/types.ts'
import { listParam } from '../../http/list-param.ts'
import { errors, Page } from '../../http/schemas.ts'
import { NotModified } from './cached-answer.ts'

// The series list and the topics list take the same filters and answer the same way (a page of items
// and the next cursor, or 304): written once here.

export const metricList = (value: string | undefined) => listParam<Metric>('metric', value, METRICS)

/** The route schema of a cached list: its query, a page of `item`s and the next cursor, or 304. */
export function listSchema<Q extends TSchema, I extends TSchema, C extends TSchema>(
  summary: string,
  querystring: Q,
  item: I,
  cursor: C,
) {
  return {
    tags: ['series'],
    summary,
    querystring,
    response: {
      200: Page(item, cursor),
      304: NotModified,
      ...errors(400, 401),
    },
  }
}

/** Splits a list query into its page (limit, cursor) and its filters, the metric list parsed. */
export function listQuery<Q extends { limit?: number; cursor?: unknown; metric?: string }>(query: Q) {
  const { limit, cursor, metric, ...rest } = query
  return {
    limit: limit ?? 50,
    cursor: cursor as Q['cursor'],
    filters: { ...rest, metric: metricList(metric) },
  }
}
