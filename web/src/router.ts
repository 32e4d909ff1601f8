import { useEffect, useState } from 'preact/hooks'
import { buildHash, parseHash, type Route } from './lib/route.ts'

export function currentRoute(): Route {
  return parseHash(window.location.hash)
}

/** The route in the URL's hash, kept up to date. */
export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute)
  useEffect(() => {
    const update = () => setRoute(currentRoute())
    window.addEventListener('hashchange', update)
    return () => window.removeEventListener('hashchange', update)
  }, [])
  return route
}

/** Goes to a view; `replace` changes the URL without a new history entry (filters being typed). */
export function navigate(hash: string, options: { replace?: boolean } = {}): void {
  if (hash === window.location.hash) return
  if (options.replace) {
    window.history.replaceState(window.history.state, '', hash)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  } else window.location.hash = hash
}

/** Sets some query values of the current view, keeping its path and other values. */
export function setQuery(
  values: Record<string, string | number | boolean | null | undefined>,
  options: { replace?: boolean } = { replace: true },
): void {
  const route = currentRoute()
  navigate(buildHash(route.path, { ...route.query, ...values }), options)
}

export { buildHash as href }
