// Destinations' credentials at rest: AES-256-GCM (Node's crypto) under a key derived from SECRETS_KEY
// with HKDF, a fresh 12-byte nonce per value. The stored text names the key it was sealed with (the
// first bytes of the key's digest), so a value sealed under another key is told apart from a tampered one.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto'

const VERSION = 'v1'

export class SecretBox {
  private readonly key: Buffer
  private readonly keyId: string

  constructor(secretsKey: string) {
    this.key = Buffer.from(hkdfSync('sha256', secretsKey, 'tally', 'export-destination-credentials', 32))
    this.keyId = createHash('sha256').update(this.key).digest('base64url').slice(0, 8)
  }

  seal(value: unknown): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
    const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'))
    return [VERSION, this.keyId, ...parts].join('.')
  }

  open<T>(sealed: string): T {
    const [version, keyId, iv, tag, body] = sealed.split('.')
    if (version !== VERSION || !body) throw new Error('stored credentials are not in a known format')
    if (keyId !== this.keyId)
      throw new Error('stored credentials were sealed under another SECRETS_KEY; enter them again')
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()])
    return JSON.parse(plain.toString('utf8')) as T
  }
}
