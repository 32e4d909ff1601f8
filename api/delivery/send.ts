// Sends one file to one destination: the same for a run's delivery and for "Test delivery".
import type { ExportDestination } from '../db/schema/delivery.ts'
import type { Mailer } from '../mail/mailer.ts'
import type { DeliveryHttp } from './http.ts'
import { objectKey, putObject } from './s3.ts'
import type { Credentials, EmailSettings, S3Settings, WebdavSettings } from './schemas.ts'
import type { SecretBox } from './secret-box.ts'
import { putFile } from './webdav.ts'

export interface OutgoingFile {
  name: string
  body: Buffer
  contentType: string
  /** Names this delivery in every attempt: a Message-ID, a WebDAV fallback name. */
  tag: string
  subject: string
  /** The e-mail's text, without the attachment note. */
  text: string
  /** Where a file too large to attach can be downloaded. */
  link: string
}

export interface SendDeps {
  box: SecretBox | null
  http: DeliveryHttp
  mailer: Mailer
  /** The host part of Message-IDs. */
  mailDomain: string
}

export interface Sent {
  target: string
  response: string
}

function credentialsOf(deps: SendDeps, d: ExportDestination): Credentials | null {
  if (!d.secret) return null
  if (!deps.box) throw new Error('SECRETS_KEY is not set: the stored credentials cannot be read')
  return deps.box.open<Credentials>(d.secret)
}

export async function sendFile(deps: SendDeps, d: ExportDestination, file: OutgoingFile): Promise<Sent> {
  const credentials = credentialsOf(deps, d)
  try {
    switch (d.kind) {
      case 's3': {
        const s = d.settings as S3Settings
        if (!credentials) throw new Error('no credentials are stored for this destination')
        return await putObject(
          deps.http,
          s,
          credentials,
          objectKey(s, file.name),
          file.body,
          file.contentType,
        )
      }
      case 'webdav':
        return await putFile(
          deps.http,
          d.settings as WebdavSettings,
          credentials,
          file.name,
          file.body,
          file.contentType,
          file.tag,
        )
      case 'email':
        return await sendMail(deps, d.settings as EmailSettings, file)
    }
  } catch (err) {
    // No answer or error may carry a credential on to the run history or the log.
    throw new Error(scrub((err as Error).message, credentials))
  }
}

async function sendMail(deps: SendDeps, s: EmailSettings, file: OutgoingFile): Promise<Sent> {
  if (!deps.mailer.enabled) throw new Error('e-mail is not set up: SMTP_URL is unset')
  const limit = (s.attach_max_mb ?? 10) * 1024 * 1024
  const attach = file.body.length <= limit
  const note = attach
    ? `The file is attached: ${file.name}.`
    : `The file (${(file.body.length / 1024 / 1024).toFixed(1)} MB) is larger than this destination attaches; download it (sign-in needed): ${file.link}`
  const messageId = `<${file.tag}@${deps.mailDomain}>`
  const response = await deps.mailer.send({
    to: s.to.join(', '),
    subject: file.subject,
    text: `${file.text}\n\n${note}\n`,
    messageId,
    headers: { 'Idempotency-Key': file.tag },
    attachments: attach ? [{ filename: file.name, content: file.body, contentType: file.contentType }] : [],
  })
  return { target: `${s.to.join(', ')} ${messageId}`, response }
}

function scrub(message: string, c: Credentials | null): string {
  if (!c) return message
  let out = message
  for (const secret of [c.secret, Buffer.from(`${c.user}:${c.secret}`).toString('base64')])
    if (secret.length >= 4) out = out.replaceAll(secret, '[credential]')
  return out
}
