// Key-figure boxes, tiles and bullet lists as reports write them beyond the dev sets (issue 19): shares in
// brackets, abbreviated units, labels holding a credit or a year, place items under a counting line,
// labels spread over two lines, and the things such boxes count that are not people. Texts written here.
// The cases are data, one a line, in cases/report-boxes.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/report-boxes.jsonl', import.meta.url), { published: '2024-06-05' })
