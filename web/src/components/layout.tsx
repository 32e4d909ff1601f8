import type { ComponentChildren } from 'preact'
import { useRef, useState } from 'preact/hooks'
import type { Route } from '../lib/route.ts'
import { can, useSession } from '../session.ts'
import { AlertBell } from './alert-bell.tsx'

interface NavItem {
  href: string
  label: string
  active: (r: Route) => boolean
  show: boolean
}

export function Logo() {
  return (
    <svg class="logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
      <rect width="32" height="32" rx="7" />
      <path d="M8 22V14M13 22V10M18 22V16M23 22V7" />
    </svg>
  )
}

export function Layout(props: { route: Route; children: ComponentChildren }) {
  const { user, signOut } = useSession()
  const [first, second] = props.route.path
  // On a phone the links do not fit in a row: a menu button shows them (CSS hides the button elsewhere).
  const [menuOpen, setMenuOpen] = useState(false)
  const menuButton = useRef<HTMLButtonElement>(null)
  const items: NavItem[] = [
    {
      href: '#/',
      label: 'Overview',
      active: () => first === undefined || first === 'overview' || first === 'series',
      show: true,
    },
    { href: '#/inbox', label: 'Inbox', active: () => first === 'inbox', show: true },
    { href: '#/review', label: 'Review', active: () => first === 'review', show: true },
    {
      href: '#/articles',
      label: 'Articles',
      active: () => first === 'articles' && second !== 'new',
      show: true,
    },
    {
      href: '#/articles/new',
      label: 'Add articles',
      active: () => first === 'articles' && second === 'new',
      show: can(user, 'editor'),
    },
    { href: '#/sources', label: 'Sources', active: () => first === 'sources', show: true },
    { href: '#/watched', label: 'Watched sources', active: () => first === 'watched', show: true },
    { href: '#/exports', label: 'Exports', active: () => first === 'exports', show: true },
    {
      href: '#/admin/users',
      label: 'Users',
      active: () => first === 'admin' && second !== 'tokens',
      show: can(user, 'admin'),
    },
    {
      href: '#/admin/tokens',
      label: 'API tokens',
      active: () => first === 'admin' && second === 'tokens',
      show: can(user, 'admin'),
    },
  ]
  return (
    <div class="shell">
      <button type="button" class="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header class="topbar">
        <div class="topbar-inner">
          <a class="brand" href="#/" aria-label="Tally, overview">
            <Logo />
            <span>Tally</span>
          </a>
          <button
            type="button"
            class="btn btn-ghost menu-button"
            ref={menuButton}
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            <span aria-hidden="true" class="menu-icon" />
            Menu
          </button>
          <nav
            id="main-nav"
            class={`nav${menuOpen ? ' open' : ''}`}
            aria-label="Main"
            onKeyDown={(e) => {
              if (e.key === 'Escape' && menuOpen) {
                setMenuOpen(false)
                menuButton.current?.focus()
              }
            }}
          >
            {items
              .filter((i) => i.show)
              .map((i) => (
                <a
                  key={i.href}
                  href={i.href}
                  class="nav-link"
                  aria-current={i.active(props.route) ? 'page' : undefined}
                  onClick={() => setMenuOpen(false)}
                >
                  {i.label}
                </a>
              ))}
          </nav>
          <div class="account">
            <AlertBell />
            <a class="account-name" href="#/account" title={`${user.email}: my account`}>
              {user.name || user.email}
            </a>
            <span class={`role role-${user.role}`}>{user.role}</span>
            <button type="button" class="btn btn-ghost btn-small" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" class="content" tabIndex={-1}>
        {props.children}
      </main>
    </div>
  )
}
