import closeWithGrace from 'close-with-grace'
import { buildServer } from './app.ts'
import { loadConfig } from './config.ts'

let config: ReturnType<typeof loadConfig>
try {
  config = loadConfig()
} catch (err) {
  console.error(`Tally cannot start: ${(err as Error).message}`)
  process.exit(1)
}

const app = await buildServer(config)

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an error')
  else app.log.info({ signal }, 'shutting down')
  await app.close()
})

await app.listen({ port: config.PORT, host: config.HOST })
