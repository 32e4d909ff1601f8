import { IntakeError } from '../fetch/errors.ts'

// ReliefWeb API v2 (https://apidoc.reliefweb.int): a subscription is a reports query URL; Tally adds
// the fields it reads and pages through with offset/limit. The API asks every caller for an `appname`.

export const RELIEFWEB_FIELDS = [
  'title',
  'body',
  'date.original',
  'source.name',
  'file.url',
  'file.mimetype',
  'url_alias',
  'url',
  'language.code',
]
const PAGE_SIZE = 100

export interface ReliefWebItem {
  guid: string
  url: string | null
  title: string | null
  published: string | null
  text: string | null
  source: string | null
  language: string | null
  pdfs: string[]
}

export function isReliefWebUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return /(^|\.)reliefweb\.int$/i.test(u.hostname) && /^\/v\d+\/reports/.test(u.pathname)
  } catch {
    return false
  }
}

/** The query URL for one page of results, with the fields Tally reads and the app name. */
export function reliefWebPageUrl(query: string, offset: number, appname: string): string {
  const u = new URL(query)
  if (!u.searchParams.get('appname')) u.searchParams.set('appname', appname)
  u.searchParams.set('offset', String(offset))
  u.searchParams.set('limit', String(Number(u.searchParams.get('limit')) || PAGE_SIZE))
  u.searchParams.delete('fields[include][]')
  for (const f of RELIEFWEB_FIELDS) u.searchParams.append('fields[include][]', f)
  if (!u.searchParams.has('sort[]')) u.searchParams.append('sort[]', 'date.original:desc')
  return u.toString()
}

interface RwAnswer {
  totalCount?: number
  count?: number
  data?: { id: string | number; fields?: Record<string, unknown> }[]
}

export function readReliefWeb(text: string): { items: ReliefWebItem[]; total: number; count: number } {
  let answer: RwAnswer
  try {
    answer = JSON.parse(text)
  } catch {
    throw new IntakeError('bad_content', 'the ReliefWeb answer is not JSON')
  }
  if (!Array.isArray(answer.data))
    throw new IntakeError('bad_content', 'the ReliefWeb answer has no data list')
  const items = answer.data.map((d) => {
    const f = d.fields ?? {}
    const files = (f.file ?? []) as { url?: string; mimetype?: string }[]
    const sources = (f.source ?? []) as { name?: string }[]
    const langs = (f.language ?? []) as { code?: string }[]
    const date = (f.date ?? {}) as { original?: string }
    return {
      guid: `reliefweb:${d.id}`,
      url: (f.url_alias as string) || (f.url as string) || null,
      title: (f.title as string) || null,
      published: date.original ?? null,
      text: typeof f.body === 'string' && f.body.trim() ? f.body : null,
      source: sources[0]?.name ?? null,
      language: langs[0]?.code ?? null,
      pdfs: files
        .filter((x) => x.url && (x.mimetype === 'application/pdf' || /\.pdf$/i.test(x.url)))
        .map((x) => x.url as string),
    }
  })
  return { items, total: answer.totalCount ?? items.length, count: answer.count ?? items.length }
}
