import { useEffect, useRef, useState } from 'preact/hooks'
import { get, post } from '../lib/api.ts'
import { formatDate } from '../lib/format.ts'
import type { AlertItem, AlertList } from '../lib/types.ts'
import './alerts.css'

const LABELS: Record<AlertItem['kind'], string> = {
  new_figure: 'New figure',
  disagreement: 'Sources disagree',
  jump: 'Sharp rise',
  revision: 'Revised down',
  verified: 'Verified',
  rejected: 'Rejected',
}
const POLL_MS = 60_000

/** The bell in the top bar: unread alerts on what I watch, newest first. */
export function AlertBell() {
  const [list, setList] = useState<AlertList | null>(null)
  const [open, setOpen] = useState(false)
  const panel = useRef<HTMLElement>(null)
  const load = () => get<AlertList>('/api/alerts?limit=20').then(setList, () => {})
  useEffect(() => {
    void load()
    const timer = setInterval(() => void load(), POLL_MS)
    // Following a link out of the panel closes it.
    const close = () => setOpen(false)
    window.addEventListener('hashchange', close)
    return () => {
      clearInterval(timer)
      window.removeEventListener('hashchange', close)
    }
  }, [])
  const toggle = () => {
    if (!open) void load()
    setOpen(!open)
  }
  const readAll = async () => {
    const { unread } = await post<{ unread: number }>('/api/alerts/read', { all: true })
    setList((l) => (l ? { unread, items: l.items.map((a) => ({ ...a, read: true })) } : l))
  }
  const unread = list?.unread ?? 0
  return (
    <div class="alert-bell">
      <button
        type="button"
        class="btn btn-ghost btn-small bell-button"
        aria-expanded={open}
        aria-controls="alert-panel"
        onClick={toggle}
      >
        {/* Drawn, not an emoji: the dashboard's fonts have no bell glyph. */}
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="currentColor">
          <path d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5v2.8L2 11.5h12l-1.5-2.7V6A4.5 4.5 0 0 0 8 1.5zM6.3 13a1.8 1.8 0 0 0 3.4 0z" />
        </svg>
        <span class="visually-hidden">Alerts, </span>
        <span class={unread ? 'bell-count' : 'bell-count bell-zero'}>{unread}</span>
        <span class="visually-hidden"> unread</span>
      </button>
      {open ? (
        <section
          id="alert-panel"
          class="alert-panel card"
          ref={panel}
          aria-label="Alerts"
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          <div class="alert-panel-head">
            <h2>Alerts</h2>
            {unread ? (
              <button type="button" class="btn btn-small" onClick={() => void readAll()}>
                Mark all read
              </button>
            ) : null}
          </div>
          {list?.items.length ? (
            <ul class="alert-list">
              {list.items.map((a) => (
                <li key={a.id} class={a.read ? 'alert-item' : 'alert-item unread'}>
                  <a href={a.path}>
                    <strong>{LABELS[a.kind]}</strong> · {a.series_title}
                  </a>
                  <span class="alert-figure">
                    {a.figure.text} ({a.figure.source}, {formatDate(a.figure.as_of)})
                  </span>
                  <q class="alert-quote">{a.figure.quote}</q>
                </li>
              ))}
            </ul>
          ) : (
            <p class="alert-empty">No alerts yet. Watch a series to be told when it changes.</p>
          )}
          <a href="#/account">What I watch and how I am told</a>
        </section>
      ) : null}
    </div>
  )
}
