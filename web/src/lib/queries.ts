// One hook per API endpoint the dashboard reads, through the shared cache (lib/query.ts): the path and
// the answer's type are written here once. After a write, `invalidate(prefix)` refreshes what is shown.
import { get } from './api.ts'
import type { ExportFeed, ExportRun, ExportSchedule } from './exports.ts'
import type { Inbox, Subscription } from './intake.ts'
import { useQuery } from './query.ts'
import { apiQuery } from './route.ts'
import type {
  Annotation,
  ArticleDetail,
  ArticleSummary,
  Buckets,
  Changes,
  ClaimListItem,
  HistoryEntry,
  Outlet,
  Page,
  SeriesDetail,
  SeriesOperation,
  SeriesSummary,
  SessionInfo,
  Source,
  Token,
  Topic,
  User,
  Watch,
  Webhook,
} from './types.ts'

type Items<T> = { items: T[] }
type Params = Record<string, string | number | boolean | null | undefined>

/** GET /api/series/:id, the series with its points (null: nothing). */
export const useSeriesDetail = (id: number | null) => useQuery<SeriesDetail>(id ? `/api/series/${id}` : null)

/** GET /api/series/:id of each id, together (one chart of several series). */
export const useSeriesDetails = (ids: number[]) =>
  useQuery<SeriesDetail[]>(`/api/series/${ids.join('+')} (together)`, (signal) =>
    Promise.all(ids.map((id) => get<SeriesDetail>(`/api/series/${id}`, signal))),
  )

/** GET /api/series: the series list (a topic's, a metric's…). `null`: nothing. */
export const useSeriesList = (params: Params | null) =>
  useQuery<Page<SeriesSummary>>(params ? `/api/series${apiQuery(params)}` : null)

/** GET /api/series/:id/buckets: an incident series summed by period (null: nothing). */
export const useBuckets = (id: number | null, unit: string) =>
  useQuery<Buckets>(id ? `/api/series/${id}/buckets?unit=${unit}` : null)

/** GET /api/series/:id/annotations: an editor's dated notes on a series (null: nothing). */
export const useAnnotations = (id: number | null) =>
  useQuery<Items<Annotation>>(id ? `/api/series/${id}/annotations` : null)

/** GET /api/series/:id/history: the manage operations on a series (null: nothing). */
export const useSeriesHistory = (id: number | null) =>
  useQuery<Items<SeriesOperation>>(id ? `/api/series/${id}/history` : null)

/** GET /api/topics: topics with their series (one page). */
export const useTopicList = (params: Params) => useQuery<Page<Topic>>(`/api/topics${apiQuery(params)}`)

/** GET /api/changes: what changed since a day. */
export const useChanges = (since: string) => useQuery<Changes>(`/api/changes${apiQuery({ since })}`)

/** GET /api/claims: a list of claims (one page). */
export const useClaimList = (params: Params) =>
  useQuery<Page<ClaimListItem>>(`/api/claims${apiQuery(params)}`)

/** GET /api/articles: the latest articles (one page). */
export const useArticleList = (params: Params) =>
  useQuery<Page<ArticleSummary, number>>(`/api/articles${apiQuery(params)}`)

/** GET /api/articles/:id. */
export const useArticle = (id: number) => useQuery<ArticleDetail>(`/api/articles/${id}`)

export interface ArticleOrigin {
  original_url: string | null
  subscription: string | null
  fetched_at: string | null
  archive_url: string | null
}

/** GET /api/articles/:id/origin: where Tally fetched an article from. */
export const useArticleOrigin = (id: number) => useQuery<ArticleOrigin>(`/api/articles/${id}/origin`)

/** GET of an edit history (claims', articles'…: the path is the record's history route). */
export const useHistory = (path: string) => useQuery<Items<HistoryEntry>>(path)

export const useSources = (q?: string) => useQuery<Items<Source>>(`/api/sources${apiQuery({ q })}`)
export const useOutlets = () => useQuery<Items<Outlet>>('/api/outlets')
export const useUsers = () => useQuery<Items<User>>('/api/users')
export const useTokens = () => useQuery<Items<Token>>('/api/tokens')
export const useInbox = () => useQuery<Inbox>('/api/inbox')
export const useSubscriptions = () => useQuery<Items<Subscription>>('/api/subscriptions')
export const useExportSchedules = () => useQuery<Items<ExportSchedule>>('/api/exports/schedules')
export const useExportFeeds = () => useQuery<Items<ExportFeed>>('/api/exports/feeds')
export const useWatches = () => useQuery<Items<Watch>>('/api/watches')
export const useWebhooks = () => useQuery<Items<Webhook>>('/api/webhooks')
export const useSessions = () => useQuery<Items<SessionInfo>>('/api/account/sessions')

/** GET /api/exports/schedules/:id/runs: a schedule's latest runs. */
export const useExportRuns = (id: number) =>
  useQuery<{ items: ExportRun[]; next_before: number | null }>(`/api/exports/schedules/${id}/runs?limit=20`)
