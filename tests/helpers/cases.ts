// Table tests of pure functions: the rows say what maps to what, the test body is written here once.

import { expect, it } from 'vitest'

type Row<I, O> = readonly [input: I, expected: O]

/** Within one test: `fn` maps every row's input to its expected value (a failure shows the input beside it). */
export function expectMapping<I, O>(fn: (input: I) => O, rows: readonly Row<I, O>[]) {
  expect(rows.map(([input]) => [input, fn(input)])).toEqual(rows)
}

/** One test per row, named by `name` (vitest's %s/%j of input and expected): `fn(input)` equals `expected`. */
export function eachMapsTo<I, O>(fn: (input: I) => O, rows: readonly Row<I, O>[], name = '%s -> %s') {
  it.each(rows.map((row) => [...row] as [I, O]))(name, (input, expected) => {
    expect(fn(input)).toEqual(expected)
  })
}
