import { useSyncExternalStore } from 'react';

/** Hash routes: they work unchanged under app://workbench/ and http://localhost. */
export type Route =
  | { screen: 'library'; view: 'plans' | 'trash' }
  | { screen: 'plan'; planId: string }
  | { screen: 'review'; planId: string; elementId: string | null }
  | { screen: 'brief'; planId: string }
  | { screen: 'present'; planId: string; step: number | null };

export function parseRoute(hash: string): Route {
  const plan = /^#\/plan\/([A-Za-z0-9-]+)$/.exec(hash);
  if (plan) return { screen: 'plan', planId: plan[1]! };
  const review = /^#\/plan\/([A-Za-z0-9-]+)\/review(?:\/([A-Za-z0-9-]+))?$/.exec(hash);
  if (review) return { screen: 'review', planId: review[1]!, elementId: review[2] ?? null };
  const present = /^#\/plan\/([A-Za-z0-9-]+)\/present(?:\/(\d{1,4}))?$/.exec(hash);
  if (present) return { screen: 'present', planId: present[1]!, step: present[2] ? Number(present[2]) : null };
  const brief = /^#\/plan\/([A-Za-z0-9-]+)\/brief$/.exec(hash);
  if (brief) return { screen: 'brief', planId: brief[1]! };
  if (hash === '#/trash') return { screen: 'library', view: 'trash' };
  return { screen: 'library', view: 'plans' };
}

export function planHash(planId: string): string {
  return `#/plan/${planId}`;
}

/** Review mode of a plan, optionally at one element (a reload keeps the rep's place). */
export function reviewHash(planId: string, elementId?: string | null): string {
  return elementId ? `#/plan/${planId}/review/${elementId}` : `#/plan/${planId}/review`;
}

/** Presentation mode of a plan, optionally at one step counted from 1 (a reload keeps the presenter's place). */
export function presentHash(planId: string, step?: number | null): string {
  return step ? `#/plan/${planId}/present/${step}` : `#/plan/${planId}/present`;
}

/** The brief view of a plan: the preview, and the page printed to PDF. */
export function briefHash(planId: string): string {
  return `#/plan/${planId}/brief`;
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
