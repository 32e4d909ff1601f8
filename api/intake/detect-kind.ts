import type { SubscriptionKind } from '../db/schema/index.ts'
import { decodeText } from './fetch/charset.ts'
import { IntakeError } from './fetch/errors.ts'
import type { Fetcher } from './fetch/fetcher.ts'
import { readFeed } from './read/feed.ts'
import { isReliefWebUrl } from './read/reliefweb.ts'
import { sniff } from './read/sniff.ts'

export interface Detected {
  kind: SubscriptionKind
  url: string
  name: string | null
}

// A page that announces its feed (<link rel="alternate" type="application/rss+xml" href="…">).
const FEED_LINK =
  /<link\b(?=[^>]*\brel=["']?alternate)(?=[^>]*\btype=["']?application\/(?:rss|atom)\+xml)[^>]*\bhref=["']([^"']+)["']/i

/** What a pasted URL is: a ReliefWeb query, a feed, a page that links its feed, or a page to watch. */
export async function detectKind(fetcher: Fetcher, url: string): Promise<Detected> {
  if (isReliefWebUrl(url)) return { kind: 'reliefweb', url, name: 'ReliefWeb reports' }
  const res = await fetcher.fetch({ url, kind: 'feed' })
  const what = sniff(res.bytes, res.mime)
  if (what === 'feed-xml' || what === 'json') {
    try {
      const feed = readFeed(decodeText(res.bytes, res.contentType))
      return { kind: 'feed', url, name: feed.title }
    } catch (err) {
      if (what === 'feed-xml') throw err
      throw new IntakeError('bad_content', `${url} is JSON but not a JSON Feed`)
    }
  }
  if (what === 'html') {
    const html = decodeText(res.bytes, res.contentType)
    const link = FEED_LINK.exec(html)?.[1]
    if (link) {
      const feedUrl = new URL(link.replace(/&amp;/g, '&'), res.url).href
      const found = await detectKind(fetcher, feedUrl).catch(() => null)
      if (found?.kind === 'feed') return found
    }
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() || null
    return { kind: 'page', url, name: title }
  }
  if (what === 'pdf') return { kind: 'page', url, name: null }
  throw new IntakeError('bad_content', `${url} is neither a feed nor a web page nor a PDF`)
}
