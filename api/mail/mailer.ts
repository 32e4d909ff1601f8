// The one mail transport: alerts send through it, and scheduled exports will too. SMTP settings come from
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
}

export interface Mailer {
  readonly enabled: boolean
  send(mail: Mail): Promise<void>
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
      await transport.sendMail({
        from: opts.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: mail.headers,
      })
    },
    close: () => transport.close(),
  }
}
