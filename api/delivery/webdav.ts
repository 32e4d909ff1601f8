// WebDAV (Nextcloud/ownCloud, SharePoint and OneDrive through gateways, Apache mod_dav): a PUT of the
// file into a folder URL with Basic authentication. A PUT never overwrites a file it did not write:
// it asks `If-None-Match: *` (servers that honour it refuse atomically) and looks first (for those that
// do not). When a file of that name is there and holds the same bytes, an earlier attempt of this run
// wrote it: done. When it holds other bytes (someone else's file), ours goes beside it as
// "<name>-<run>.<ext>", a name only this run uses, which it may then replace.
import { createHash } from 'node:crypto'
import { extname } from 'node:path'
import { type DeliveryHttp, describeAnswer } from './http.ts'
import type { Credentials, WebdavSettings } from './schemas.ts'

export function fileUrl(s: WebdavSettings, name: string): URL {
  const folder = s.url.endsWith('/') ? s.url : `${s.url}/`
  return new URL(encodeURIComponent(name), folder)
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

export async function putFile(
  http: DeliveryHttp,
  s: WebdavSettings,
  credentials: Credentials | null,
  name: string,
  body: Buffer,
  contentType: string,
  runTag: string,
): Promise<{ target: string; response: string }> {
  const auth: Record<string, string> = credentials
    ? {
        authorization: `Basic ${Buffer.from(`${credentials.user}:${credentials.secret}`).toString('base64')}`,
      }
    : {}
  const ext = extname(name)
  const names = [name, `${name.slice(0, name.length - ext.length)}-${runTag}${ext}`]
  for (const [i, candidate] of names.entries()) {
    const url = fileUrl(s, candidate)
    const existing = await http.send('GET', url, auth)
    if (existing.status === 200) {
      if (sha256(existing.body) === sha256(body))
        return { target: url.toString(), response: `${existing.status} (already there, same bytes)` }
      // The second name is this run's own: what is there is an earlier attempt's, replaced.
      if (i === 0) continue
    } else if (existing.status !== 404) {
      throw new Error(`WebDAV answered ${describeAnswer(existing)} when looking for ${candidate}`)
    }
    const headers = {
      ...auth,
      'content-type': contentType,
      ...(i === 0 || existing.status === 404 ? { 'if-none-match': '*' } : {}),
    }
    const put = await http.send('PUT', url, headers, body)
    if (put.status === 412) continue
    if (put.status < 200 || put.status >= 300) throw new Error(`WebDAV answered ${describeAnswer(put)}`)
    const note = i === 0 ? '' : ` (${name} was taken by another file)`
    return { target: url.toString(), response: `${put.status}${note}` }
  }
  throw new Error(`WebDAV: ${names.join(' and ')} are both taken by other files`)
}
