import { useMemo } from 'react';
import { useLocation, type createHashRouter } from 'react-router';

/**
 * The pages' view of routing, kept as a small adapter over React Router (renderer/src/routes.tsx
 * builds the router): pages read the current path and query with {@link useRoute} and move with
 * {@link navigate}, both going through the one data router, so navigation blocking
 * (`useBlocker`) sees every move.
 */

/** The current hash route: path segments and query parameters ("#/mediation/cases/ID?tab=history"). */
export interface Route {
  path: string;
  segments: string[];
  params: URLSearchParams;
}

type AppRouter = ReturnType<typeof createHashRouter>;

let active: AppRouter | null = null;

/** Registers the app's router, once it exists (after the bridge token has left the address). */
export function attachRouter(router: AppRouter): void {
  active = router;
}

/** Subscribes a component to the current route (path, segments and query). */
export function useRoute(): Route {
  const { pathname, search } = useLocation();
  return useMemo(
    () => ({ path: pathname, segments: pathname.split('/').filter(Boolean), params: new URLSearchParams(search) }),
    [pathname, search],
  );
}

/** Navigates to an app path such as "/mediation/cases" (with an optional "?query"). */
export function navigate(path: string): void {
  // Before the router exists (never in practice) the address itself is the route.
  if (active) void active.navigate(path);
  else window.location.hash = `#${path}`;
}
