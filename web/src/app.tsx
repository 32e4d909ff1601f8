import { useEffect, useMemo, useState } from 'preact/hooks'
import { Layout } from './components/layout.tsx'
import { SignInDialog } from './components/sign-in-dialog.tsx'
import { Loading, ToastHost } from './components/ui.tsx'
import { get, onSessionExpired, onUnauthorized, post } from './lib/api.ts'
import type { Route } from './lib/route.ts'
import type { User } from './lib/types.ts'
import { AccountPage } from './pages/account.tsx'
import { AddArticlesPage } from './pages/add-articles.tsx'
import { ArticlePage } from './pages/article.tsx'
import { ArticlesPage } from './pages/articles.tsx'
import { PlaceBriefPage } from './pages/brief/place-brief.tsx'
import { SeriesBriefPage } from './pages/brief/series-brief.tsx'
import { ExportsPage } from './pages/exports.tsx'
import { InboxPage } from './pages/inbox.tsx'
import { LoginPage } from './pages/login.tsx'
import { NotFoundPage } from './pages/not-found.tsx'
import { OverviewPage } from './pages/overview.tsx'
import { ReviewPage } from './pages/review.tsx'
import { SeriesPage } from './pages/series.tsx'
import { SourcesPage } from './pages/sources.tsx'
import { TokensPage } from './pages/tokens.tsx'
import { UsersPage } from './pages/users.tsx'
import { WatchedSourcesPage } from './pages/watched-sources.tsx'
import { navigate, useRoute } from './router.ts'
import { can, type Session, SessionContext } from './session.ts'

type State = { status: 'checking' } | { status: 'signed-out' } | { status: 'signed-in'; user: User }

export function App() {
  const [state, setState] = useState<State>({ status: 'checking' })
  const [reauth, setReauth] = useState<{ resolve: () => void; reject: () => void } | null>(null)
  const route = useRoute()
  const signedIn = state.status === 'signed-in'

  // While signed in, an ended session asks for the password in a dialog instead of leaving the page.
  useEffect(() => {
    if (!signedIn) return
    onSessionExpired(() => new Promise<void>((resolve, reject) => setReauth({ resolve, reject })))
    return () => onSessionExpired(null)
  }, [signedIn])

  useEffect(() => {
    get<{ user: User }>('/api/auth/me').then(
      (r) => setState({ status: 'signed-in', user: r.user }),
      () => setState({ status: 'signed-out' }),
    )
    return onUnauthorized(() => setState({ status: 'signed-out' }))
  }, [])

  const session = useMemo<Session | null>(
    () =>
      state.status === 'signed-in'
        ? {
            user: state.user,
            signOut: async () => {
              await post('/api/auth/logout').catch(() => undefined)
              setState({ status: 'signed-out' })
              navigate('#/login')
            },
          }
        : null,
    [state],
  )

  if (state.status === 'checking') {
    return (
      <div class="splash">
        <Loading label="Opening Tally…" />
      </div>
    )
  }
  if (state.status === 'signed-out' || !session) {
    const next = route.path[0] === 'login' ? route.query.next : window.location.hash
    return (
      <>
        <LoginPage
          next={next}
          onSignedIn={(user) => {
            setState({ status: 'signed-in', user })
            navigate(afterSignIn(next))
          }}
        />
        <ToastHost />
      </>
    )
  }
  return (
    <SessionContext.Provider value={session}>
      <Layout route={route}>{page(route, session)}</Layout>
      {reauth ? (
        <SignInDialog
          email={session.user.email}
          onSignedIn={(user) => {
            setReauth(null)
            if (user.id !== session.user.id || user.role !== session.user.role)
              setState({ status: 'signed-in', user })
            reauth.resolve()
          }}
          onCancel={() => {
            setReauth(null)
            reauth.reject()
          }}
        />
      ) : null}
      <ToastHost />
    </SessionContext.Provider>
  )
}

/** Where to go once signed in: the page asked for, unless that is the sign-in page itself. */
function afterSignIn(next: string | undefined): string {
  return next && !next.startsWith('#/login') ? next : '#/'
}

function page(route: Route, session: Session) {
  const [first, second, third] = route.path
  const id = Number(second)
  const validId = Number.isInteger(id) && id > 0
  switch (first) {
    case undefined:
    case 'overview':
      return <OverviewPage query={route.query} />
    case 'login':
      navigate(afterSignIn(route.query.next), { replace: true })
      return null
    case 'series':
      if (validId && third === 'brief') return <SeriesBriefPage key={second} id={id} />
      return second && validId && third === undefined ? (
        <SeriesPage key={second} ids={second} query={route.query} />
      ) : (
        <NotFoundPage />
      )
    case 'brief':
      return <PlaceBriefPage query={route.query} />
    case 'review':
      return <ReviewPage query={route.query} />
    case 'articles':
      if (second === 'new') return <AddArticlesPage query={route.query} />
      if (second === undefined) return <ArticlesPage query={route.query} />
      return validId ? <ArticlePage key={second} id={id} query={route.query} /> : <NotFoundPage />
    case 'sources':
      return <SourcesPage query={route.query} />
    case 'exports':
      return <ExportsPage query={route.query} />
    case 'account':
      return <AccountPage />
    case 'inbox':
      return <InboxPage />
    case 'watched':
      return <WatchedSourcesPage />
    case 'admin':
      if (!can(session.user, 'admin')) return <NotFoundPage forbidden />
      if (second === 'tokens') return <TokensPage />
      if (second === 'users' || second === undefined) return <UsersPage />
      return <NotFoundPage />
    default:
      return <NotFoundPage />
  }
}
