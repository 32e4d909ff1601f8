// Run before `npm start`: builds the dashboard (web/dist) and the API (dist/server.js) when missing or
// older than their sources, so `npm ci && npm start` works on a fresh clone. A production install
// without the build tools keeps what it has.
import '../web/build-if-needed.ts'
import { apiStale, buildApi } from './build-api.ts'

if (apiStale()) {
  try {
    await buildApi()
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw err
    console.warn(
      'Tally: dist/server.js is missing or out of date and esbuild is not installed (npm ci installs it).',
    )
  }
}
