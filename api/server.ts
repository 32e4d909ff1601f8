import closeWithGrace from 'close-with-grace'
import { buildServer } from './app.ts'
import { embeddedDurability, loadConfig } from './config.ts'

let config: ReturnType<typeof loadConfig>
try {
  config = loadConfig()
} catch (err) {
  console.error(`Tally cannot start: ${(err as Error).message}`)
  process.exit(1)
}

const durability = embeddedDurability(config)
if (durability?.refuse) {
  console.error(`Tally will not start: ${durability.message}`)
  process.exit(1)
}

const app = await buildServer(config)
if (durability) app.log.warn(durability.message)

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an error')
  else app.log.info({ signal }, 'shutting down')
  await app.close()
})

await app.listen({ port: config.PORT, host: config.HOST })
