import { pgEnum } from 'drizzle-orm/pg-core'
import { METRICS, QUALIFIERS, UNITS } from '../../extractor/types.ts'

export const ROLES = ['viewer', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]
export const CLAIM_STATUSES = ['pending', 'verified', 'rejected'] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]
export const CLAIM_ORIGINS = ['extracted', 'manual'] as const
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number]

export const roleEnum = pgEnum('role', ROLES)
export const metricEnum = pgEnum('metric', METRICS)
export const unitEnum = pgEnum('unit', UNITS)
export const qualifierEnum = pgEnum('qualifier', QUALIFIERS)
export const claimStatusEnum = pgEnum('claim_status', CLAIM_STATUSES)
export const claimOriginEnum = pgEnum('claim_origin', CLAIM_ORIGINS)
