// What an alert says, by e-mail and by webhook: pure text from the event payloads.
import type { AlertPayload } from '../series/alert-events.ts'

const HEADLINES: Record<AlertPayload['kind'], string> = {
  new_figure: 'New figure',
  disagreement: 'Sources disagree',
  jump: 'Sharp rise',
  revision: 'Figure revised down',
  verified: 'Figure verified',
  rejected: 'Figure rejected',
}

export const headline = (p: AlertPayload) => HEADLINES[p.kind]

function block(p: AlertPayload, publicUrl: string, unwatchUrl?: (seriesId: number) => string): string {
  const f = p.figure
  return [
    `${headline(p)}: ${p.series_title}`,
    `Figure: ${f.text} (${f.qualifier.replace('_', ' ')})`,
    `Source: ${f.source}`,
    `Date: ${f.as_of ?? 'undated'}`,
    `Quote: "${f.quote}"`,
    `Why: ${p.reason}`,
    `Series: ${publicUrl}${p.path}`,
    ...(unwatchUrl ? [`Stop watching this series in one click: ${unwatchUrl(p.series_id)}`] : []),
  ].join('\n')
}

/** One e-mail for one alert, or a digest of several; each alert with its one-click "stop watching". */
export function alertMail(
  payloads: AlertPayload[],
  publicUrl: string,
  muteUrl: string,
  unwatchUrl?: (seriesId: number) => string,
) {
  const first = payloads[0]
  const subject =
    payloads.length === 1 && first
      ? `[Tally] ${headline(first)}: ${first.series_title}`
      : `[Tally] ${payloads.length} alerts on what you watch`
  const text = [
    ...payloads.map((p) => block(p, publicUrl, unwatchUrl)),
    `You get these because you watch these series in Tally. Mute all alert e-mails in one click: ${muteUrl}`,
  ].join('\n\n')
  return { subject, text }
}

/** The JSON body of a webhook post: the idempotency key again (as `id`) and the event. */
export function webhookBody(key: string, payload: AlertPayload, publicUrl: string, sentAt: Date): string {
  return JSON.stringify({
    id: key,
    type: payload.kind,
    sent_at: sentAt.toISOString(),
    alert: { ...payload, url: `${publicUrl}${payload.path}` },
  })
}
