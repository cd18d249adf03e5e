import type { LibraryView } from './store';

/** Where each library view lives (the router reads '#/trash'; anything else is the plans list). */
export const LIBRARY_HASH: Record<LibraryView, string> = { plans: '#/', trash: '#/trash' };
