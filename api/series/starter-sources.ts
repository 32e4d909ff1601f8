// The alias table shipped with the project, typed. Admins edit the copy in the database; this seeds it.

import table from './source-aliases.json' with { type: 'json' }
import type { SourceEntry } from './sources.ts'

export const STARTER_SOURCES: readonly SourceEntry[] = table as SourceEntry[]
