// The series library: pure functions from stored claims to points, changes and disagreements.

export * from './buckets.ts'
export * from './change.ts'
export * from './countries.ts'
export * from './dates.ts'
export * from './disagreement.ts'
export * from './groups.ts'
export * from './institutions.ts'
export * from './points.ts'
export * from './sources.ts'
export { STARTER_SOURCES } from './starter-sources.ts'
