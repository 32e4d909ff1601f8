import { HtmlShapeError } from '../text/html-shape.ts'

/** An error a client caused or may fix; the error handler turns it into the one error shape. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
  }
}

export const notFound = (what: string, id: number | string) =>
  new HttpError(404, 'not_found', `${what} ${id} not found`)
export const badRequest = (field: string, message: string) =>
  new HttpError(400, 'invalid_field', `${field}: ${message}`, [{ field, message }])

/**
 * The client error `err` stands for, if it is one: an HttpError, or an error of a pure library that a
 * client caused (a page too large or too deep to convert), mapped here once for every caller.
 */
export function clientError(err: unknown): HttpError | undefined {
  if (err instanceof HttpError) return err
  if (err instanceof HtmlShapeError) return badRequest(err.field, err.problem)
  return undefined
}
