// Browser tests drive Debian's Chromium (/usr/bin/chromium) with playwright-core against a real Tally
// (sample data loaded) that each test file starts in-process on a free port.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Chart } from 'chart.js'
import type { FastifyInstance } from 'fastify'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer } from '../../api/app.ts'
import { loadConfig } from '../../api/config.ts'
import { ADMIN, memoryDatabase, testDatabaseUrl } from '../helpers/app.ts'
import { CHROMIUM, launchChromium } from '../helpers/chromium.ts'
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server.ts'

declare global {
  interface Window {
    /** The dashboard's charts by name (web/src/chart/Chart.tsx), read by the tests instead of pixels. */
    tallyCharts?: Record<string, Chart>
  }
}

export { CHROMIUM }
export const hasBrowser = existsSync(CHROMIUM)
/** Set by .ci/run: a missing browser fails the tests instead of skipping them. */
export const browserRequired = process.env.REQUIRE_BROWSER === '1'
export const SKIP_MESSAGE = `Browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium fonts-dejavu-core). Set REQUIRE_BROWSER=1 to make this a failure.`

/** In a file's top level: without Chromium, one test that says so (skipped, or failed if required). */
export function noteMissingBrowser(): void {
  if (hasBrowser) return
  if (browserRequired) it('needs Chromium (REQUIRE_BROWSER=1)', () => expect.fail(SKIP_MESSAGE))
  else it.skip(SKIP_MESSAGE, () => {})
}

/**
 * A describe block of browser tests. Without Chromium it notes that (noteMissingBrowser) and skips;
 * with it, Tally and Chromium start before the block's tests and stop after them. `suite` declares the
 * tests, given the app (usable once the tests and the block's own hooks run).
 */
export function describeInBrowser(
  name: string,
  suite: (t: BrowserApp) => void,
  env: Record<string, string> = {},
): void {
  noteMissingBrowser()
  describe.skipIf(!hasBrowser)(name, () => {
    let app: BrowserApp | undefined
    beforeAll(async () => {
      app = await startBrowserApp(env)
    })
    afterAll(async () => {
      await app?.close()
    })
    suite(
      new Proxy({} as BrowserApp, {
        get(_, key) {
          if (!app) throw new Error('Tally is not started yet: use the app in a test or a hook.')
          return Reflect.get(app, key)
        },
      }),
    )
  })
}

/** A page open in its own browser context, and the script errors it has logged so far. */
export interface OpenPage {
  context: BrowserContext
  page: Page
  errors: string[]
  /** The end of a test on the page: it logged no script error, and its context closes. */
  finish(): Promise<void>
}

const root = fileURLToPath(new URL('../..', import.meta.url))
export const SCREENSHOTS = `${root}test-output/screenshots`

export { ADMIN }

export interface BrowserApp {
  app: FastifyInstance
  base: string
  browser: Browser
  /** A signed-in browser context for a new user of that role (the admin from ADMIN_EMAIL for 'admin'). */
  contextAs(role: 'viewer' | 'editor' | 'admin', screen?: Screen): Promise<BrowserContext>
  /**
   * A new page, signed in as a new user of the role (signed out for null), its script errors watched
   * (watchErrors); at `hash` ("#/review") when given, else blank, for listeners to be added first.
   */
  open(role: 'viewer' | 'editor' | 'admin' | null, hash?: string, screen?: Screen): Promise<OpenPage>
  /** Session cookie header for the API, as the admin. */
  adminCookie: string
  /** Calls the API in-process as the admin; throws on an answer of 300 or more. */
  api<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object): Promise<T>
  /** What a page saved, read back through the API as the admin: the record at `url` has these fields. */
  expectSaved(url: string, fields: Record<string, unknown>): Promise<void>
  /** Where scheduled exports write their files: a temporary folder, removed by close(). */
  exportDir: string
  close(): Promise<void>
}

let users = 0

/** `env`: settings over the defaults (the intake test allows fetching from its local fixture server). */
export async function startBrowserApp(env: Record<string, string> = {}): Promise<BrowserApp> {
  const db = await testDatabaseUrl()
  const exportDir = mkdtempSync(join(tmpdir(), 'tally-browser-exports-'))
  const config = loadConfig({
    EXPORT_DIR: exportDir,
    ...memoryDatabase(),
    SAMPLE_DATA: 'on',
    LOG_LEVEL: 'silent',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DATABASE_URL: db.url,
    WORKERS: '0',
    ...env,
  })
  // Loading the sample data can take longer than Fastify's default 10 s on a busy machine.
  const app = await buildServer(config, { pluginTimeout: 120_000 })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  const base = `http://127.0.0.1:${port}`
  const browser = await launchChromium()

  async function login(email: string, password: string): Promise<string> {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } })
    if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.body}`)
    return res.cookies.find((c) => c.name === 'tally_session')!.value
  }
  const adminSession = await login(ADMIN.email, ADMIN.password)
  const adminCookie = `tally_session=${adminSession}`

  async function sessionFor(role: 'viewer' | 'editor' | 'admin'): Promise<string> {
    if (role === 'admin') return login(ADMIN.email, ADMIN.password)
    const n = ++users
    const email = `${role}${n}@tally.test`
    const password = `${role}-password-${n}`
    const res = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: adminCookie },
      payload: { email, password, role, name: `${role[0].toUpperCase()}${role.slice(1)} ${n}` },
    })
    if (res.statusCode !== 201) throw new Error(`could not create ${role}: ${res.body}`)
    return login(email, password)
  }

  async function contextAs(role: 'viewer' | 'editor' | 'admin', screen?: Screen): Promise<BrowserContext> {
    const context = await newContext(browser, screen)
    await context.addCookies([{ name: 'tally_session', value: await sessionFor(role), url: base }])
    return context
  }

  async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
    const res = await app.inject({ method, url, headers: { cookie: adminCookie }, payload })
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`)
    return (res.body ? res.json() : undefined) as T
  }

  return {
    app,
    base,
    browser,
    adminCookie,
    exportDir,
    api,
    async expectSaved(url, fields) {
      expect(await api('GET', url)).toMatchObject(fields)
    },
    contextAs,
    async open(role, hash, screen) {
      const context = role ? await contextAs(role, screen) : await newContext(browser, screen)
      const page = await context.newPage()
      const errors = watchErrors(page)
      if (hash !== undefined) await page.goto(`${base}/${hash}`)
      const finish = async () => {
        expect(errors).toEqual([])
        await context.close()
      }
      return { context, page, errors, finish }
    },
    async close() {
      await browser.close().catch(() => undefined)
      await app.close()
      await db.drop()
      rmSync(exportDir, { recursive: true, force: true })
    },
  }
}

/** The screens the tests use: a laptop's, or a phone's (touch, mobile viewport). */
const SCREENS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
}
export type Screen = keyof typeof SCREENS

/**
 * Pages a test file serves from 127.0.0.1 for Tally to fetch (`serve` adds them once the server is up)
 * and a folder for Tally's archive of what it fetched; both go when the file's tests are done. The app
 * wants INTAKE_ALLOW_PRIVATE=on and ARCHIVE_DIR: `archiveDir`.
 */
export function servedPages(serve: (fx: FixtureServer) => void | Promise<void>) {
  const site = {
    fx: undefined as unknown as FixtureServer,
    archiveDir: mkdtempSync(join(tmpdir(), 'tally-browser-archive-')),
  }
  beforeAll(async () => {
    site.fx = await startFixtureServer()
    await serve(site.fx)
  })
  afterAll(async () => {
    await site.fx?.close()
    rmSync(site.archiveDir, { recursive: true, force: true })
  })
  return site
}

export async function newContext(browser: Browser, screen: Screen = 'desktop'): Promise<BrowserContext> {
  const context = await browser.newContext({ ...SCREENS[screen], locale: 'en-GB', timezoneId: 'UTC' })
  context.setDefaultTimeout(15_000)
  return context
}

/** Fails the test on any script error or console error in the page (CSP violations included). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`)
  })
  return errors
}

export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: options.fullPage ?? true })
}

/**
 * Waits until a chart (window.tallyCharts[name]) has drawn every point where it ends: Chart.js animates
 * points into place, and a hover or click aimed at a point still moving would miss it.
 */
export async function chartAtRest(page: Page, name: string): Promise<void> {
  await page.waitForFunction((n) => {
    const chart = window.tallyCharts?.[n]
    if (!chart) return false
    return chart.data.datasets.every((_, i) =>
      chart.getDatasetMeta(i).data.every((el) => {
        const end = el.getProps(['x', 'y'], true) as { x: number; y: number }
        return Math.abs(el.x - end.x) < 0.5 && Math.abs(el.y - end.y) < 0.5
      }),
    )
  }, name)
}

/**
 * On the add-articles page: checks that a staged file's title starts as its name ("ariha-strike.txt":
 * "ariha strike"), then types the details a file does not carry.
 */
export async function describeStagedFile(
  page: Page,
  file: string,
  details: { Title: string; Outlet: string; Published: string; URL: string },
): Promise<void> {
  const group = page.getByRole('group', { name: file })
  expect(await group.getByLabel('Title').inputValue()).toBe(file.replace(/\.\w+$/, '').replaceAll('-', ' '))
  await fillFields(group, details)
}

/** Types each value into the field of `scope` (a page, a form) whose label is exactly its key. */
export async function fillFields(scope: Pick<Page, 'getByLabel'>, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values))
    await scope.getByLabel(label, { exact: true }).fill(value)
}
