import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import { inHashSlot } from '../accounts/hash-slots.ts'

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number, o: object) => Promise<Buffer>

// OWASP's scrypt baseline (N=2^17, r=8, p=1); maxmem must allow 128*N*r bytes.
const N = 2 ** 17
const R = 8
const P = 1
const KEY_LEN = 32

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await inHashSlot(() =>
    scryptAsync(password, salt, KEY_LEN, { N, r: R, p: P, maxmem: 256 * N * R }),
  )
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algo, n, r, p, salt, key] = stored.split('$')
  if (algo !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await inHashSlot(() =>
    scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: 256 * Number(n) * Number(r),
    }),
  )
  return timingSafeEqual(actual, expected)
}

// A hash of a known password, checked against when the account does not exist so that an unknown
// e-mail costs the same time as a wrong password.
let decoy: Promise<string> | undefined
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(12).toString('hex'))
  return decoy
}

/** A random secret for a session cookie or an API token; only its digest is stored. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url')
}

export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

export function generatePassword(): string {
  return randomBytes(15).toString('base64url')
}
