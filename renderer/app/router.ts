import { useSyncExternalStore } from 'react';

/** Hash routes: they work unchanged under app://workbench/ and http://localhost. */
export type Route = { screen: 'library'; view: 'plans' | 'trash' } | { screen: 'plan'; planId: string };

export function parseRoute(hash: string): Route {
  const plan = /^#\/plan\/([A-Za-z0-9-]+)$/.exec(hash);
  if (plan) return { screen: 'plan', planId: plan[1]! };
  if (hash === '#/trash') return { screen: 'library', view: 'trash' };
  return { screen: 'library', view: 'plans' };
}

export function planHash(planId: string): string {
  return `#/plan/${planId}`;
}

export function navigate(hash: string) {
  if (window.location.hash !== hash) window.location.hash = hash;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
