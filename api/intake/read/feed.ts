import { createRequire } from 'node:module'
import type { parseFeed as ParseFeed } from 'feedsmith'
import { IntakeError } from '../fetch/errors.ts'

// feedsmith is ~0.3 s of CPU to load: required on the first feed read, not by every process importing
// the intake code (its CommonJS build; require keeps it after the first call).
const requirePackage = createRequire(import.meta.url)

/** One entry of a feed, whatever its format. */
export interface FeedItem {
  /** The feed's own id for the item (RSS guid, Atom id, JSON Feed id), or null. */
  guid: string | null
  url: string | null
  title: string | null
  /** ISO date-time, or null. */
  published: string | null
  /** The fullest content the feed carries (content:encoded, Atom content, content_html), as HTML. */
  html: string | null
  language: string | null
  /** Attached PDF files (RSS enclosures, Atom enclosure links, JSON Feed attachments). */
  pdfs: string[]
}

export interface ReadFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json'
  title: string | null
  items: FeedItem[]
}

// An XML feed has no reason to declare entities. The parser never expands them (processEntities off),
// but refusing the declaration outright gives the subscription a clear status for an XXE or an
// entity-expansion bomb instead of a feed full of "&xxe;".
const ENTITY_DECLARATION = /<!ENTITY/i

/** Reads RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed; throws IntakeError('bad_content') otherwise. */
export function readFeed(text: string): ReadFeed {
  if (ENTITY_DECLARATION.test(text.slice(0, 65536)))
    throw new IntakeError(
      'bad_content',
      'the feed declares XML entities (refused: external entities and entity expansion are not read)',
    )
  const { parseFeed }: { parseFeed: typeof ParseFeed } = requirePackage('feedsmith')
  let parsed: ReturnType<typeof ParseFeed>
  try {
    parsed = parseFeed(text.trimStart().startsWith('{') ? JSON.parse(text) : text)
  } catch (err) {
    throw new IntakeError('bad_content', `not a feed: ${(err as Error).message}`)
  }
  const feed = parsed.feed as Record<string, unknown>
  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const channelLang = str(feed.language) ?? first(get(feed, 'dc', 'languages'))
      const items = (feed.items ?? []) as Record<string, unknown>[]
      return {
        format: parsed.format,
        title: str(feed.title),
        items: items.map((i) => ({
          guid: str(get(i, 'guid', 'value')) ?? str(get(i, 'rdf', 'about')),
          url: str(i.link) ?? (get(i, 'guid', 'isPermaLink') !== false ? str(get(i, 'guid', 'value')) : null),
          title: str(i.title),
          published: date(str(i.pubDate) ?? first(get(i, 'dc', 'dates'))),
          html: str(get(i, 'content', 'encoded')) ?? str(i.description),
          language: first(get(i, 'dc', 'languages')) ?? channelLang,
          pdfs: pdfsOf((i.enclosures ?? []) as { url?: string; type?: string }[]),
        })),
      }
    }
    case 'atom': {
      const entries = (feed.entries ?? []) as Record<string, unknown>[]
      return {
        format: 'atom',
        title: str(get(feed, 'title', 'value')) ?? str(feed.title),
        items: entries.map((e) => {
          const links = (e.links ?? []) as { href?: string; rel?: string; type?: string }[]
          const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0]
          return {
            guid: str(e.id),
            url: alternate?.href ?? null,
            title: str(get(e, 'title', 'value')) ?? str(e.title),
            published: date(str(e.published) ?? str(e.updated)),
            html: str(get(e, 'content', 'value')) ?? str(get(e, 'summary', 'value')),
            language: null,
            pdfs: pdfsOf(
              links.filter((l) => l.rel === 'enclosure').map((l) => ({ url: l.href, type: l.type })),
            ),
          }
        }),
      }
    }
    case 'json': {
      const items = (feed.items ?? []) as Record<string, unknown>[]
      return {
        format: 'json',
        title: str(feed.title),
        items: items.map((i) => ({
          guid: str(i.id),
          url: str(i.url),
          title: str(i.title),
          published: date(str(i.date_published) ?? str(i.date_modified)),
          html:
            str(i.content_html) ??
            (str(i.content_text) ? escapeText(String(i.content_text)) : null) ??
            str(i.summary),
          language: str(i.language) ?? str(feed.language),
          pdfs: pdfsOf(
            ((i.attachments ?? []) as { url?: string; mime_type?: string }[]).map((a) => ({
              url: a.url,
              type: a.mime_type,
            })),
          ),
        })),
      }
    }
    default:
      throw new IntakeError('bad_content', 'not a feed format Tally reads')
  }
}

function get(o: unknown, ...path: string[]): unknown {
  let v = o
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined
  return v
}
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)
const first = (v: unknown): string | null => (Array.isArray(v) ? str(v[0]) : null)

function date(v: string | null): string | null {
  if (!v) return null
  const t = Date.parse(v)
  return Number.isNaN(t) ? null : new Date(t).toISOString()
}

function pdfsOf(list: { url?: string; type?: string }[]): string[] {
  return list
    .filter((e) => e.url && (e.type === 'application/pdf' || /\.pdf($|\?)/i.test(e.url)))
    .map((e) => e.url as string)
}

/** content_text as HTML paragraphs, so every item goes through one HTML-to-text path. */
function escapeText(text: string): string {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return esc
    .split(/\n\s*\n/)
    .map((p) => `<p>${p}</p>`)
    .join('\n')
}
