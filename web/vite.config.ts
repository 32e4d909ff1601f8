import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
const api = process.env.TALLY_API ?? 'http://127.0.0.1:8080'

/** No inline script or style may run: only the app's own files, and the API on the same origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ')

// Only in the build: the development server injects its own inline styles for hot reload.
const csp: Plugin = {
  name: 'tally-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
}

// The dashboard: plain static files in web/dist, served by the API at "/". In development
// (`npx vite --config web/vite.config.ts`) /api and /docs go to a running API (TALLY_API).
export default defineConfig({
  root,
  base: '/',
  plugins: [csp],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 700 },
  server: { port: 5173, proxy: { '/api': api, '/docs': api } },
})
