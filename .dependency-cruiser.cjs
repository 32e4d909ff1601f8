// The layering of api/, checked in CI by `npm run deps` (dependency-cruiser):
//   routes and plugins (HTTP, Fastify)  ->  features (storage, drizzle)  ->  pure libraries  ->  nothing of ours below
// The pure libraries are extractor/, text/, the series analysis (the files directly in series/) and the
// gazetteer and place resolver of geo/.
const PURE = '^api/(extractor|text)/|^api/series/[^/]+[.]ts$|^api/geo/(gazetteer|resolve|data-format)[.]ts$'
const HTTP_LAYER =
  '^api/(app|server)[.]ts$|^api/plugins/|^api/(health|admin)/|^api/[^/]+/routes([.]ts$|/)|-routes[.]ts$|route-[a-z-]+[.]ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycles, between files or (through them) between folders.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pure-libraries-stay-pure',
      comment: 'extractor/, text/ and the series analysis read no database and speak no HTTP.',
      severity: 'error',
      from: { path: PURE, pathNot: '^api/series/schemas[.]ts$' },
      to: {
        path: [
          '^api/(db|http|plugins|accounts|articles|ingest|claims|exports|audit|admin|health|cli|sample-data)/',
          '^api/series/(store|routes)/',
          'node_modules/(fastify|@fastify/|fastify-plugin|drizzle-orm|postgres|@electric-sql/)',
        ],
      },
    },
    {
      name: 'fastify-only-in-routes',
      comment: 'Only routes and plugins depend on Fastify; features below them are plain functions.',
      severity: 'error',
      from: { path: '^api/', pathNot: HTTP_LAYER },
      to: { path: 'node_modules/(fastify|@fastify/|fastify-plugin)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
