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
