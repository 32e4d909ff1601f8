// Toasts: short confirmations of actions, announced politely.
import { useEffect, useState } from 'preact/hooks'
import { errorMessage } from '../../lib/api.ts'

type Toast = { id: number; text: string; kind: 'success' | 'error' | 'info' }
let toastId = 0
const toastListeners = new Set<(t: Toast[]) => void>()
let toasts: Toast[] = []
export function toast(text: string, kind: Toast['kind'] = 'success'): void {
  const t = { id: ++toastId, text, kind }
  toasts = [...toasts, t].slice(-4)
  for (const l of toastListeners) l(toasts)
  window.setTimeout(
    () => {
      toasts = toasts.filter((x) => x.id !== t.id)
      for (const l of toastListeners) l(toasts)
    },
    kind === 'error' ? 8000 : 4000,
  )
}

/** Runs an action and toasts `done` when it worked, or the error when not; resolves to whether it worked. */
export async function attempt(action: () => Promise<unknown>, done?: string): Promise<boolean> {
  try {
    await action()
    if (done) toast(done)
    return true
  } catch (err) {
    toast(errorMessage(err), 'error')
    return false
  }
}

export function ToastHost() {
  const [list, setList] = useState<Toast[]>(toasts)
  useEffect(() => {
    toastListeners.add(setList)
    return () => {
      toastListeners.delete(setList)
    }
  }, [])
  return (
    <div class="toasts" aria-live="polite" aria-atomic="false">
      {list.map((t) => (
        <div key={t.id} class={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
          {t.text}
        </div>
      ))}
    </div>
  )
}
