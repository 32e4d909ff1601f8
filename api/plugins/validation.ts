import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { createAjv, withSchemaRules } from './schema-rules.ts'

// Compiling every route's schema is most of building the app; a process that builds it more than once
// (the tests, the CLI beside a server) compiles each schema once. Validators are pure functions of their
// schema, so sharing them between app instances shares no state.
const strict = createAjv(false)
const coercing = createAjv(true)
const compiled = new Map<string, ReturnType<typeof strict.compile>>()

export default fp(async function validation(fastify: FastifyInstance) {
  fastify.setValidatorCompiler(({ schema, httpPart }) => {
    const body = httpPart === 'body'
    const key = `${body ? 'body' : 'coerced'} ${JSON.stringify(schema)}`
    let validate = compiled.get(key)
    if (!validate) {
      validate = (body ? strict : coercing).compile(withSchemaRules(schema) as object)
      compiled.set(key, validate)
    }
    return validate
  })
})
