// S3-compatible object storage (AWS S3, MinIO, Ceph, R2…): one signed PUT (AWS Signature V4 through
// aws4fetch) to a key made from the prefix and the run's file name. The key is the same for every
// attempt of a run, so a retried upload replaces the object it may already have written, never adds one.
import { createHash } from 'node:crypto'
import { AwsV4Signer } from 'aws4fetch'
import { type DeliveryHttp, describeAnswer } from './http.ts'
import type { Credentials, S3Settings } from './schemas.ts'

export function objectUrl(s: S3Settings, key: string): URL {
  const base = new URL(s.endpoint)
  const path = key.split('/').map(encodeURIComponent).join('/')
  if (s.path_style === false) {
    base.hostname = `${s.bucket}.${base.hostname}`
    return new URL(`${base.pathname.replace(/\/$/, '')}/${path}`, base)
  }
  return new URL(`${base.pathname.replace(/\/$/, '')}/${encodeURIComponent(s.bucket)}/${path}`, base)
}

const headerObject = (h: Headers) => {
  const out: Record<string, string> = {}
  h.forEach((value, name) => {
    out[name] = value
  })
  return out
}

export const objectKey = (s: S3Settings, fileName: string) => `${s.prefix ?? ''}${fileName}`

export async function putObject(
  http: DeliveryHttp,
  s: S3Settings,
  credentials: Credentials,
  key: string,
  body: Buffer,
  contentType: string,
): Promise<{ target: string; response: string }> {
  const url = objectUrl(s, key)
  const signer = new AwsV4Signer({
    method: 'PUT',
    url: url.toString(),
    headers: {
      'content-type': contentType,
      'content-md5': createHash('md5').update(body).digest('base64'),
      'x-amz-content-sha256': createHash('sha256').update(body).digest('hex'),
    },
    accessKeyId: credentials.user,
    secretAccessKey: credentials.secret,
    service: 's3',
    region: s.region ?? 'us-east-1',
  })
  const signed = await signer.sign()
  const answer = await http.send('PUT', url, headerObject(signed.headers), body)
  if (answer.status < 200 || answer.status >= 300) throw new Error(`S3 answered ${describeAnswer(answer)}`)
  const etag = answer.headers.etag
  return { target: `s3://${s.bucket}/${key}`, response: `${answer.status}${etag ? ` ETag ${etag}` : ''}` }
}
