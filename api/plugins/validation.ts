import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { createAjv, withSchemaRules } from './schema-rules.ts'

export default fp(async function validation(fastify: FastifyInstance) {
  const strict = createAjv(false)
  const coercing = createAjv(true)
  fastify.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(withSchemaRules(schema) as object),
  )
})
