import { Ajv } from 'ajv'
import addFormatsPlugin from 'ajv-formats'
import { HttpError } from '../http/errors.ts'

/**
 * Rules every route's schema gets without saying so, because PostgreSQL refuses what JSON Schema
 * allows: a NUL character in text, integers beyond a 32-bit column, year 0. Checked here they are a
 * 400 naming the field; left to the database they were a 500 after part of the work was done.
 */
export const MAX_INTEGER = 2_147_483_647

export function addSchemaRules(ajv: Ajv) {
  ajv.addKeyword({
    keyword: 'x-no-nul',
    type: 'string',
    schemaType: 'boolean',
    error: { message: 'must not contain NUL characters' },
    validate: (on: boolean, data: string) => !on || !data.includes('\u0000'),
  })
  // ajv-formats accepts year 0000, which PostgreSQL has no date for (there is no year 0).
  ajv.addFormat('date', { type: 'string', validate: isDate })
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime })
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
function isDate(s: string): boolean {
  const m = DATE.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && !leap ? 28 : DAYS[mo - 1])
}
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/i
function isDateTime(s: string): boolean {
  const [date, time] = s.split(/t|\s/i)
  return s.length <= 40 && isDate(date ?? '') && TIME.test(time ?? '')
}

/** A copy of the schema with the rules above on every string and integer it holds. */
export function withSchemaRules(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withSchemaRules)
  if (!schema || typeof schema !== 'object') return schema
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(schema)) {
    // Enum and const values are data, not schemas.
    out[k] = k === 'enum' || k === 'const' || k === 'default' || k === 'examples' ? v : withSchemaRules(v)
  }
  const types = [out.type].flat()
  if (types.includes('string')) out['x-no-nul'] = true
  if (types.includes('integer') && out.maximum === undefined && out.exclusiveMaximum === undefined) {
    out.maximum = MAX_INTEGER
  }
  return out
}

// Query strings and path parameters arrive as text, so "?limit=20" must become a number; a JSON body
// must not be coerced: `{"low": "many"}` or `{"text": 42}` is a client error and gets a 400.
export function createAjv(coerce: boolean) {
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

let bodies: Ajv | undefined

/**
 * A check of one part of a body against its schema, for routes that answer per item (a batch): it
 * throws the 400 the error handler would give, naming the field under `prefix` ("articles.1.text").
 */
export function itemChecker<T>(schema: object) {
  bodies ??= createAjv(false)
  const validate = bodies.compile(withSchemaRules(schema) as object)
  return (value: unknown, prefix: string): T => {
    if (validate(value)) return value as T
    const e = validate.errors?.[0]
    const p = e?.params as { missingProperty?: string; additionalProperty?: string } | undefined
    const path = e?.instancePath.replace(/^\//, '').replaceAll('/', '.')
    const field = [prefix, path, p?.missingProperty ?? p?.additionalProperty].filter(Boolean).join('.')
    const message = e?.message ?? 'is invalid'
    throw new HttpError(400, 'validation_failed', `${field} ${message}`, [{ field, message }])
  }
}
