import { dictionary } from '@zxcvbn-ts/language-common'
import { HttpError } from '../http/errors.ts'

// NIST SP 800-63B and ASVS 2.1: at least 12 characters, any characters allowed, no composition rules,
// and never one of the passwords attackers try first. The list is zxcvbn-ts's 49,000 most common
// passwords from public breaches (MIT, shipped in node_modules, no network); a password made of one
// repeated character is refused too.
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 1000

const common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))

/** Why this password may not be used, or null when it may. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`
  const plain = password.trim().toLowerCase()
  if (new Set(plain).size <= 1) return 'must not be one character repeated'
  if (common.has(plain)) return 'is one of the most common passwords; choose another'
  return null
}

/** Throws the 400 naming the field when the password may not be used. */
export function checkNewPassword(password: string, field = 'body.password') {
  const problem = passwordProblem(password)
  if (problem) throw new HttpError(400, 'weak_password', `${field} ${problem}`, [{ field, message: problem }])
}
