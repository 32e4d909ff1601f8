import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { Role, User } from './lib/types.ts'

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 }

export interface Session {
  user: User
  signOut: () => Promise<void>
}

export const SessionContext = createContext<Session | null>(null)

export function useSession(): Session {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside a signed-in view')
  return s
}

/** Whether the user may do what needs `role` (the server checks again; this only hides controls). */
export function can(user: User | null | undefined, role: Role): boolean {
  return Boolean(user) && RANK[user!.role] >= RANK[role]
}

export function useCan(role: Role): boolean {
  return can(useContext(SessionContext)?.user, role)
}
