// The one mail transport: alerts and scheduled exports' e-mail destinations send through it. SMTP settings come from
// SMTP_URL ("smtp://user:pass@host:587", "smtps://…"); without it nothing is sent and callers are told so.
import nodemailer, { type Transporter } from 'nodemailer'

export interface Mail {
  to: string
  subject: string
  text: string
  html?: string
  /** Stable per message, so a message sent again after a crash can be recognised as the same. */
  messageId?: string
  headers?: Record<string, string>
  attachments?: { filename: string; content: Buffer; contentType: string }[]
}

export interface Mailer {
  readonly enabled: boolean
  /** The SMTP server's answer ("250 OK …"). */
  send(mail: Mail): Promise<string>
  close(): void
}

export function createMailer(opts: { url?: string; from: string }): Mailer {
  if (!opts.url) {
    return {
      enabled: false,
      send: async () => {
        throw new Error('e-mail is not set up: SMTP_URL is unset')
      },
      close: () => {},
    }
  }
  const transport: Transporter = nodemailer.createTransport(opts.url)
  return {
    enabled: true,
    async send(mail) {
      const info = await transport.sendMail({
        from: opts.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: mail.headers,
        attachments: mail.attachments,
      })
      return String(info.response ?? '')
    },
    close: () => transport.close(),
  }
}
