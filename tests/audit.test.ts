import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.ts'

// The audit trail is append-only: no route changes or deletes an entry (the route table is walked and
// every other method is tried on its URLs), no code in api/ writes to audit_log except by inserting,
// and entries written earlier are byte-for-byte the same after editors and admins have worked.
// Every write by an editor and by an admin is in it with actor, time, before and after.
let t: TestApp
let editor: string
let viewer: string
let admin: string
const ids: Record<string, number> = {}

interface Row {
  id: number
  entity: string
  entity_id: number
  action: string
  actor_id: number | null
  actor_label: string
  at_ms: number
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}
const auditRows = () =>
  t.app.database.rows<Row>(
    sql`select id::int as id, entity, entity_id::int as entity_id, action, actor_id::int as actor_id,
               actor_label, (extract(epoch from at) * 1000)::float8 as at_ms, before, after
        from audit_log order by id`,
  )

async function as(cookie: string, method: string, url: string, payload?: object) {
  const res = await t.app.inject({ method: method as 'GET', url, headers: { cookie }, payload })
  return { status: res.statusCode, body: res.body ? res.json() : null }
}

let articleId: number
let claimId: number
let seriesId: number

beforeAll(async () => {
  t = await startTestApp()
  admin = t.adminCookie
  editor = await t.userWithRole('editor')
  viewer = await t.userWithRole('viewer')
  for (const [role, cookie] of [
    ['admin', admin],
    ['editor', editor],
  ] as const) {
    ids[role] = (await as(cookie, 'GET', '/api/auth/me')).body.user.id
  }
  const ingested = await as(editor, 'POST', '/api/articles', {
    title: 'Idlib',
    text: 'Government forces have killed more than 860 civilians in Idlib since late April, according to the Syrian Observatory for Human Rights.',
    published: '2019-08-20',
  })
  expect(ingested.status).toBe(201)
  articleId = ingested.body.article.id
  const claims = await as(editor, 'GET', `/api/claims?article_id=${articleId}`)
  claimId = claims.body.items[0].id
  seriesId = claims.body.items[0].series_id
  expect(seriesId).toBeTruthy()
})
afterAll(() => t.close())

describe('the audit trail cannot be changed', () => {
  it('through any route: audit URLs answer only GET, every other method gets 404 or 405', async () => {
    const routes = t.app.routeList()
    const auditish = routes.filter((r) => /history|audit|operations/.test(r.url))
    // Reading routes exist (so this walk is not empty): claims, articles and series have a history.
    const reads = auditish.filter((r) => r.method === 'GET').map((r) => r.url)
    expect(reads).toEqual(
      expect.arrayContaining([
        '/api/claims/:id/history',
        '/api/articles/:id/history',
        '/api/series/:id/history',
      ]),
    )
    // The only non-GET route near the trail is undo, which appends an entry (checked below).
    expect(
      auditish.filter((r) => r.method !== 'GET' && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`),
    ).toEqual(['POST /api/series/operations/:id/undo'])

    const before = await auditRows()
    expect(before.length).toBeGreaterThan(0)
    const entry = before[0].id
    const urls = [
      `/api/claims/${claimId}/history`,
      `/api/articles/${articleId}/history`,
      `/api/series/${seriesId}/history`,
      `/api/claims/${claimId}/history/${entry}`,
      '/api/audit',
      `/api/audit/${entry}`,
      '/api/audit-log',
      `/api/audit_log/${entry}`,
      '/api/admin/audit',
      `/api/admin/audit/${entry}`,
      `/api/series/operations/${entry}`,
    ]
    for (const url of urls) {
      for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
        const res = await as(admin, method, url, { action: 'nothing happened', before: null, after: null })
        expect([404, 405], `${method} ${url}`).toContain(res.status)
      }
    }
    expect(await auditRows()).toEqual(before)
  })

  it('through any code: api/ only ever inserts into audit_log', () => {
    const api = fileURLToPath(new URL('../api', import.meta.url))
    const files = readdirSync(api, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(50)
    const offending: string[] = []
    for (const f of files) {
      const text = readFileSync(join(api, f), 'utf8')
      if (
        /\.(update|delete)\(\s*auditLog\b/.test(text) ||
        /\b(update|delete\s+from|truncate(\s+table)?)\s+"?audit_log\b/i.test(text)
      ) {
        offending.push(f)
      }
    }
    expect(offending).toEqual([])
    // The check can fail: the same patterns on a line that breaks the rule are caught.
    expect(/\.(update|delete)\(\s*auditLog\b/.test('await tx.delete(auditLog).where(x)')).toBe(true)
    expect(
      /\b(update|delete\s+from|truncate(\s+table)?)\s+"?audit_log\b/i.test('DELETE FROM audit_log'),
    ).toBe(true)
  })
})

describe('writes by each role', () => {
  it('are in the trail with actor, time, before and after; earlier entries never change', async () => {
    const earlier = await auditRows()
    const t0 = Date.now()
    // Editor: correct and verify a claim, fix an article's title, rename a series and undo it.
    const claim = (await as(editor, 'GET', `/api/claims/${claimId}`)).body
    const edit = await as(editor, 'PATCH', `/api/claims/${claimId}`, {
      version: claim.version,
      who: 'civilians',
    })
    expect(edit.status).toBe(200)
    expect(
      (await as(editor, 'POST', `/api/claims/${claimId}/verify`, { version: edit.body.version })).status,
    ).toBe(200)
    expect((await as(editor, 'PATCH', `/api/articles/${articleId}`, { title: 'Idlib, August' })).status).toBe(
      200,
    )
    const renamed = await as(editor, 'PATCH', `/api/series/${seriesId}`, { title: 'Killed in Idlib' })
    expect(renamed.status).toBe(200)
    const ops = (await as(editor, 'GET', `/api/series/${seriesId}/history`)).body.items
    const undo = await as(editor, 'POST', `/api/series/operations/${ops[0].id}/undo`)
    expect(undo.status).toBe(200)
    // Admin: correct the same claim, create a user, give it a new password, create and revoke a token.
    const current = (await as(admin, 'GET', `/api/claims/${claimId}`)).body
    expect(
      (await as(admin, 'PATCH', `/api/claims/${claimId}`, { version: current.version, low: 861 })).status,
    ).toBe(200)
    const user = await as(admin, 'POST', '/api/users', {
      email: 'audited@tally.test',
      password: 'trail-check-pass-1',
      role: 'viewer',
    })
    expect(user.status).toBe(201)
    expect(
      (
        await as(admin, 'PATCH', `/api/users/${user.body.id}`, {
          password: 'trail-check-pass-2',
          role: 'editor',
        })
      ).status,
    ).toBe(200)
    const token = await as(admin, 'POST', '/api/tokens', { name: 'audited', user_id: user.body.id })
    expect(token.status).toBe(201)
    expect((await as(admin, 'DELETE', `/api/tokens/${token.body.id}`)).status).toBe(200)
    // A viewer's attempt is refused and leaves nothing.
    expect(
      (await as(viewer, 'PATCH', `/api/claims/${claimId}`, { version: current.version + 1, low: 1 })).status,
    ).toBe(403)
    const t1 = Date.now()

    const all = await auditRows()
    // Append-only: every entry that was there is unchanged, new ones come after.
    expect(all.slice(0, earlier.length)).toEqual(earlier)
    const added = all.slice(earlier.length)
    const find = (entity: string, entityId: number, action: string) => {
      const e = added.find((a) => a.entity === entity && a.entity_id === entityId && a.action === action)
      expect(e, `${entity} ${entityId} ${action}`).toBeDefined()
      return e!
    }
    const by = (e: Row, role: 'editor' | 'admin') => {
      expect(e.actor_id).toBe(ids[role])
      expect(e.actor_label).toMatch(role === 'admin' ? /^admin@/ : /^editor\d*@/)
      const at = Number(e.at_ms)
      expect(at).toBeGreaterThanOrEqual(t0 - 1000)
      expect(at).toBeLessThanOrEqual(t1 + 1000)
    }

    const claimEdits = added.filter(
      (a) => a.entity === 'claim' && a.entity_id === claimId && a.action === 'edit',
    )
    expect(claimEdits).toHaveLength(2)
    by(claimEdits[0], 'editor')
    expect(claimEdits[0].before).toMatchObject({ version: claim.version, who: claim.who })
    expect(claimEdits[0].after).toMatchObject({ version: claim.version + 1, who: 'civilians' })
    by(claimEdits[1], 'admin')
    expect(claimEdits[1].before).toMatchObject({ version: current.version, low: claim.low })
    expect(claimEdits[1].after).toMatchObject({ version: current.version + 1, low: 861 })

    const verified = find('claim', claimId, 'verify')
    by(verified, 'editor')
    expect(verified.before).toMatchObject({ status: 'pending' })
    expect(verified.after).toMatchObject({ status: 'verified' })

    const article = added.find((a) => a.entity === 'article' && a.entity_id === articleId)!
    by(article, 'editor')
    expect(article.before).toMatchObject({ title: 'Idlib' })
    expect(article.after).toMatchObject({ title: 'Idlib, August' })

    const series = added.filter((a) => a.entity === 'series')
    expect(series.map((s) => s.action)).toContain('undo')
    for (const s of series) {
      by(s, 'editor')
      expect(s.after).not.toBeNull()
    }

    const created = find('user', user.body.id, 'create')
    by(created, 'admin')
    expect(created.before).toBeNull()
    expect(created.after).toMatchObject({ email: 'audited@tally.test', role: 'viewer' })
    const changed = find('user', user.body.id, 'edit+password')
    by(changed, 'admin')
    expect(changed.before).toMatchObject({ role: 'viewer' })
    expect(changed.after).toMatchObject({ role: 'editor' })
    const tokenCreated = find('api_token', token.body.id, 'create')
    by(tokenCreated, 'admin')
    expect(tokenCreated.after).toMatchObject({ name: 'audited', revoked_at: null })
    const revoked = find('api_token', token.body.id, 'revoke')
    by(revoked, 'admin')
    expect(revoked.before).toMatchObject({ revoked_at: null })
    expect(revoked.after?.revoked_at).toBeTruthy()

    // Nothing secret in the trail: no password, no hash, no token.
    const text = JSON.stringify(added)
    expect(text).not.toMatch(/trail-check-pass|scrypt\$/)
    expect(text).not.toContain(token.body.token)
    // The viewer left no entry.
    expect(added.filter((a) => a.actor_label.startsWith('viewer'))).toEqual([])

    // The API's history shows the same entries, by whom and when.
    const history = (await as(viewer, 'GET', `/api/claims/${claimId}/history`)).body.items
    expect(
      history.filter((h: { action: string }) => h.action === 'edit').map((h: { actor: string }) => h.actor),
    ).toEqual([claimEdits[0].actor_label, claimEdits[1].actor_label])
  })
})
