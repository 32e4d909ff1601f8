import { badRequest } from './errors.ts'

/**
 * A comma-separated query parameter ("killed,displaced") as a list of allowed values, each once; a
 * value outside `allowed` is a 400 naming the field. Undefined when the parameter is absent or empty.
 */
export function listParam<T extends string>(field: string, value: string | undefined, allowed: readonly T[]) {
  if (!value) return undefined
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
  const bad = items.find((v) => !allowed.includes(v as T))
  if (bad) throw badRequest(`querystring.${field}`, `"${bad}" is not one of ${allowed.join(', ')}`)
  return [...new Set(items)] as T[]
}
