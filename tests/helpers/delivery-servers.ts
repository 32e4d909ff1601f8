// Real servers for the delivery tests, on 127.0.0.1: an S3-compatible one (s3rver, keeping objects in a
// folder) and a WebDAV one (webdav-server, on a folder of the disk), each with credentials.
import { mkdtemp, readdir } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import S3rver from 's3rver'
import { v2 as webdav } from 'webdav-server'

export const S3_KEYS = { user: 'S3RVER', secret: 'S3RVER' }
export const DAV_LOGIN = { user: 'analyst', secret: 'dav-password-for-tests-1' }

async function walk(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(full)))
    else out.push(full)
  }
  return out
}

export async function startS3(bucket: string, port = 0) {
  const dir = await mkdtemp(join(tmpdir(), 'tally-s3-'))
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  const info = (await server.run()) as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${info.port}`,
    port: info.port,
    dir,
    /** The keys stored in the bucket. */
    keys: async () =>
      (await walk(join(dir, bucket)))
        .filter((f) => f.endsWith('._S3rver_object'))
        .map((f) => relative(join(dir, bucket), f).replace(/\._S3rver_object$/, ''))
        .sort(),
    close: () => server.close(),
  }
}

export async function startWebdav(dir: string) {
  const users = new webdav.SimpleUserManager()
  const user = users.addUser(DAV_LOGIN.user, DAV_LOGIN.secret, false)
  const rights = new webdav.SimplePathPrivilegeManager()
  rights.setRights(user, '/', ['all'])
  const server = new webdav.WebDAVServer({
    port: 0,
    hostname: '127.0.0.1',
    httpAuthentication: new webdav.HTTPBasicAuthentication(users, 'tally-tests'),
    privilegeManager: rights,
    rootFileSystem: new webdav.PhysicalFileSystem(dir),
  })
  const http = await new Promise<import('node:http').Server>((resolve) => server.start((s) => resolve(s!)))
  const port = (http.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.stop(() => resolve())),
  }
}
