// A PDF goes to the server as its bytes (POST /api/articles/document reads it as a fetched PDF would
// be). That route takes a title and a date; the outlet and URL the form also offers are set on the new
// article right after, with the article edit every analyst already uses.
import { ApiError, errorMessage, patch, postFile } from '../../lib/api.ts'
import { uploadRefusal } from '../../lib/files.ts'
import type { ArticleCreate, ArticleSummary, IngestResponse } from '../../lib/types.ts'

export async function sendPdf(file: Blob, a: ArticleCreate): Promise<IngestResponse> {
  const q = new URLSearchParams()
  if (a.title) q.set('title', a.title)
  if (a.published) q.set('published', a.published)
  const pdf = file.type === 'application/pdf' ? file : new Blob([file], { type: 'application/pdf' })
  let res: IngestResponse
  try {
    res = await postFile<IngestResponse>(`/api/articles/document?${q}`, pdf)
  } catch (err) {
    // Uploads share the server's body limit (BODY_LIMIT_MB); a fetch by URL allows larger PDFs.
    if (err instanceof ApiError && err.status === 413)
      throw new Error(
        'larger than the server takes as an upload: add it by its URL, or ask to raise the limit',
      )
    throw new Error(uploadRefusal(errorMessage(err)))
  }
  const more: Pick<ArticleCreate, 'outlet' | 'url'> = {}
  if (a.outlet) more.outlet = a.outlet
  if (a.url) more.url = a.url
  // A duplicate keeps what it was stored with: the upload added nothing, so it changes nothing.
  if (res.status !== 'created' || !Object.keys(more).length) return res
  try {
    const article = await patch<ArticleSummary>(`/api/articles/${res.article.id}`, more)
    return { ...res, article: { ...res.article, ...article } }
  } catch (err) {
    throw new Error(
      `stored as article ${res.article.id}, but its outlet and URL were not set: ${errorMessage(err)}`,
    )
  }
}
