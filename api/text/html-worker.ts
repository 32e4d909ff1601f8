// Runs in a worker thread of html-pool.ts: one HTML page in, its text and title out.
import { htmlToText } from './article-text.ts'

export default function convert({ html }: { html: string }) {
  return htmlToText(html)
}
