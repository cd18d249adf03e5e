import i18next from 'i18next';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
}

/**
 * i18next's `t` for hot paths (canvas nodes and edges, thousands at a time): it re-renders on a
 * language change like useTranslation, without react-i18next's per-call wrapper objects.
 */
export function useT() {
  useSyncExternalStore(subscribe, () => i18next.language);
  return i18next.t;
}
