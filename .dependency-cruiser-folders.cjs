// Below the HTTP layer, no two folders use each other (`npm run deps` runs this after the main rules).
// Routes are left out: a feature's routes may show another feature's data (a claim's article) and
// plugins/auth.ts reads accounts/, whose routes use the auth plugin.
const { forbidden, options } = require('./.dependency-cruiser.cjs')

const HTTP_LAYER = forbidden.find((rule) => rule.name === 'fastify-only-in-routes').from.pathNot

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: { ...options, exclude: { path: HTTP_LAYER } },
}
