import { Ajv } from 'ajv'
import addFormatsPlugin from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { addSchemaRules, withSchemaRules } from './schema-rules.ts'

// Query strings and path parameters arrive as text, so "?limit=20" must become a number; a JSON body
// must not be coerced: `{"low": "many"}` or `{"text": 42}` is a client error and gets a 400.
function makeAjv(coerce: boolean) {
  const ajv = new Ajv({
    coerceTypes: coerce ? 'array' : false,
    useDefaults: true,
    removeAdditional: false,
    allErrors: false,
  })
  // ajv-formats is CommonJS: under ESM its plugin function is the module's `default` property.
  addFormatsPlugin.default(ajv)
  addSchemaRules(ajv)
  return ajv
}

export default fp(async function validation(fastify: FastifyInstance) {
  const strict = makeAjv(false)
  const coercing = makeAjv(true)
  fastify.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(withSchemaRules(schema) as object),
  )
})
