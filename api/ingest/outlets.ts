import { eq, or, sql } from 'drizzle-orm'
import { outlets } from '../db/schema/index.ts'
import type { Runner } from '../db/sql.ts'

export type OutletInput = string | { name: string; domain?: string | null } | null | undefined

export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase()
  } catch {
    return null
  }
}

/**
 * The outlet rule: the given name identifies the outlet; without one, the URL's domain does (and names
 * it). `given` says which; null when there is neither.
 */
export function outletOf(input: OutletInput, url?: string | null) {
  const given = typeof input === 'string' ? { name: input, domain: null } : input
  const domain = given?.domain?.toLowerCase() || domainOf(url)
  const name = given?.name?.trim() || domain
  return name ? { name, domain, given: Boolean(given?.name?.trim()) } : null
}

/**
 * The outlet's id, created on first sight. A given name identifies the outlet; without one, the URL's
 * domain does (and names it), so articles from one site group together even when nobody typed the outlet.
 */
export async function resolveOutlet(
  tx: Runner,
  input: OutletInput,
  url?: string | null,
): Promise<number | null> {
  const outlet = outletOf(input, url)
  if (!outlet) return null
  const { name, domain } = outlet
  const match = outlet.given
    ? eq(sql`lower(${outlets.name})`, name.toLowerCase())
    : or(eq(outlets.domain, name), eq(sql`lower(${outlets.name})`, name.toLowerCase()))
  const find = async () => (await tx.select({ id: outlets.id }).from(outlets).where(match).limit(1))[0]?.id
  const found = await find()
  if (found) return found
  // A domain already held by another outlet stays with it; the new outlet is known by name only.
  const [taken] = domain
    ? await tx.select({ id: outlets.id }).from(outlets).where(eq(outlets.domain, domain)).limit(1)
    : []
  const [created] = await tx
    .insert(outlets)
    .values({ name, domain: taken ? null : domain })
    .onConflictDoNothing()
    .returning({ id: outlets.id })
  // Or another request created it between our look-up and insert.
  return created?.id ?? (await find()) ?? null
}
