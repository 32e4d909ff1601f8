// Before any test file starts: build the dashboard (only when web/dist is missing or stale) so the
// servers that the browser tests start serve the real app. Without Chromium there is nothing to build for.
import { existsSync } from 'node:fs'

export default async function setup(): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    if (process.env.REQUIRE_BROWSER !== '1') {
      console.warn(
        '\n  Browser tests skipped: /usr/bin/chromium is missing (apt-get install -y chromium fonts-dejavu-core).\n  Set REQUIRE_BROWSER=1 to make this a failure.\n',
      )
    }
    return
  }
  await import('../../web/build-if-needed.ts')
}
