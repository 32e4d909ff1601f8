import { describe, expect, it, onTestFinished } from 'vitest'
import { ADMIN } from './helpers/app.ts'
import { call, signIn } from './helpers/http.ts'
import { processEnv, processStorage, startServerProcess } from './helpers/server-process.ts'

// Kill -9 while editors are correcting claims: every edit that was answered 200 is there after a
// restart, every claim is wholly at one version (old or new, never a mix), and its audit trail holds
// exactly one entry per version whose "after" is the claim as stored. On PGlite by default, on the
// PostgreSQL server with TEST_DATABASE_URL.
const { dataDir, db } = await processStorage('crash-edit')

const env = {
  ...processEnv(dataDir, db.url),
  SCHEDULER: 'off',
  LOGIN_ATTEMPTS_PER_MINUTE: '1000',
}
const EDITOR = { email: 'editor@tally.test', password: 'editor-password-1' }
const PLACES = ['Aleppo', 'Hodeidah', 'Kharkiv', 'El Fasher', 'Goma', 'Mopti']

// What version n of a claim looks like: the group flips (so the claim moves between series, and the
// edit touches claims, series and audit_log in one transaction) and `since` carries the version.
const whoAt = (n: number) => (n % 2 ? 'children' : 'civilians')
const sinceAt = (n: number) => `edit ${n}`

interface AuditEntry {
  action: string
  actor: string
  actor_id: number | null
  before: { version: number; who: string; since: string | null } | null
  after: { version: number; who: string; since: string | null } | null
}

interface ClaimState {
  id: number
  version: number
  who: string
  since: string | null
}

describe('claim edits killed mid-way', () => {
  it('lose no acknowledged edit and leave no claim half-edited', async () => {
    let server = await startServerProcess(env)
    // Whatever happens, no server is left running (kill is a no-op on one that has exited).
    onTestFinished(() => server.kill('SIGKILL'))
    const admin = await signIn(server.base, ADMIN)
    const created = await call(server.base, { cookie: admin }, 'POST', '/api/users', {
      ...EDITOR,
      role: 'editor',
    })
    expect(created.status).toBe(201)
    const editorId = created.body.id as number
    const editor = await signIn(server.base, EDITOR)
    const batch = await call(server.base, { cookie: editor }, 'POST', '/api/articles/batch', {
      articles: PLACES.map((place, i) => ({
        text: `${place} (Wire) - Shelling killed ${i + 4} civilians in ${place} on Monday, officials said. Another ${i + 20} people were wounded, the health ministry said.`,
        published: '2024-05-06',
      })),
    })
    expect(batch.status).toBe(200)
    const list = await call(server.base, { cookie: editor }, 'GET', '/api/claims?limit=500')
    const start: ClaimState[] = list.body.items.map((c: ClaimState) => ({
      id: c.id,
      version: c.version,
      who: c.who,
      since: c.since,
    }))
    expect(start.length).toBeGreaterThanOrEqual(8)
    const original = new Map(start.map((c) => [c.id, c]))

    // One editing loop per claim, each edit made against the version the last answer gave.
    const acked = new Map<number, ClaimState>(start.map((c) => [c.id, { ...c }]))
    let edits = 0
    let stop = false
    let failure: Error | null = null
    // Settles when enough edits were acknowledged, or on the first failure: the moment to pull the plug.
    let underWay = () => {}
    const enoughEdits = new Promise<void>((resolve) => (underWay = resolve))
    const loops = start.map(async (c) => {
      let version = c.version
      while (!stop) {
        const next = version + 1
        let res: { status: number; body: ClaimState }
        try {
          res = await call<ClaimState>(server.base, { cookie: editor }, 'PATCH', `/api/claims/${c.id}`, {
            version,
            who: whoAt(next),
            since: sinceAt(next),
          })
        } catch {
          return // the server is gone
        }
        if (res.status !== 200 || res.body.version !== next || res.body.since !== sinceAt(next)) {
          failure = new Error(`edit of claim ${c.id}: ${res.status} ${JSON.stringify(res.body)}`)
          underWay()
          return
        }
        acked.set(c.id, { id: c.id, version: next, who: res.body.who, since: res.body.since })
        version = next
        if (++edits >= 3 * start.length) underWay()
      }
    })
    // Let edits flow, then pull the plug while every loop has one in flight.
    await Promise.race([enoughEdits, Promise.all(loops)])
    await server.kill('SIGKILL')
    stop = true
    await Promise.all(loops)
    expect(failure).toBeNull()

    // Restarted on the same database: what it serves is what was acknowledged, whole.
    server = await startServerProcess(env)
    try {
      const again = await signIn(server.base, EDITOR)
      const get = async (path: string) => {
        const res = await call(server.base, { cookie: again }, 'GET', path)
        expect(res.status, path).toBe(200)
        return res.body
      }
      let inFlightCommitted = 0
      for (const { id } of start) {
        const claim = (await get(`/api/claims/${id}`)) as ClaimState & { series_id: number | null }
        const ack = acked.get(id)!
        // Every acknowledged edit is there; at most the one edit in flight went further.
        expect(claim.version, `claim ${id}`).toBeGreaterThanOrEqual(ack.version)
        expect(claim.version, `claim ${id}`).toBeLessThanOrEqual(ack.version + 1)
        if (claim.version > ack.version) inFlightCommitted++
        // Wholly one version: both fields of that version, or the untouched original.
        const want =
          claim.version === 1
            ? original.get(id)!
            : { who: whoAt(claim.version), since: sinceAt(claim.version) }
        expect({ who: claim.who, since: claim.since }, `claim ${id}`).toEqual({
          who: want.who,
          since: want.since,
        })
        // One audit entry per edit, each from one version to the next, by the editor; the last
        // entry's "after" is the claim as stored.
        const trail = ((await get(`/api/claims/${id}/history`)).items as AuditEntry[]).filter(
          (a) => a.action === 'edit',
        )
        expect(trail.length, `audit of claim ${id}`).toBe(claim.version - 1)
        trail.forEach((a, i) => {
          expect(a.before?.version).toBe(i + 1)
          expect(a.after?.version).toBe(i + 2)
          expect(a.actor_id).toBe(editorId)
          expect(a.actor).toBe(EDITOR.email)
        })
        const last = trail.at(-1)
        if (last) {
          expect({ who: last.after?.who, since: last.after?.since }).toEqual({
            who: claim.who,
            since: claim.since,
          })
        }
        // Its series is there (the edit moved it between series in the same transaction).
        if (claim.series_id !== null) await get(`/api/series/${claim.series_id}`)
      }
      console.info(`crash-edit: ${edits} acknowledged edits, ${inFlightCommitted} unacknowledged committed`)

      // And it takes the next edit, made against the stored version; a stale one still gets 409.
      const [first] = start
      const stored = (await get(`/api/claims/${first.id}`)) as ClaimState
      const edit = await call(server.base, { cookie: again }, 'PATCH', `/api/claims/${first.id}`, {
        version: stored.version,
        since: 'after the restart',
      })
      expect(edit.status).toBe(200)
      expect(edit.body.version).toBe(stored.version + 1)
      const stale = await call(server.base, { cookie: again }, 'PATCH', `/api/claims/${first.id}`, {
        version: stored.version,
        since: 'stale',
      })
      expect(stale.status).toBe(409)
    } finally {
      await server.kill('SIGTERM')
    }
  }, 120_000)
})
