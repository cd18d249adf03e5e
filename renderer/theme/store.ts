import { create } from 'zustand';
import { parseThemeChoice, resolveTheme, type Theme, type ThemeChoice } from './theme';

const STORAGE_KEY = 'campaign-workbench.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

interface ThemeState {
  choice: ThemeChoice;
  theme: Theme;
}

export const useTheme = create<ThemeState>()(() => ({ choice: 'system', theme: 'light' }));

let systemDark: MediaQueryList | null = null;

/**
 * Reads the remembered choice and paints the page with it before the first render, then
 * keeps following the system (when that is the choice) and other windows of this origin
 * (a choice made in one window is stored, and the `storage` event tells the others).
 */
export function initTheme() {
  systemDark = window.matchMedia(DARK_QUERY);
  systemDark.addEventListener('change', () => apply(useTheme.getState().choice));
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) apply(parseThemeChoice(event.newValue));
  });
  apply(parseThemeChoice(readStored()));
}

export function setThemeChoice(choice: ThemeChoice) {
  try {
    localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage full or refused: the choice still holds for this window.
  }
  apply(choice);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The stylesheet keys its colours on <html data-theme>; color-scheme follows for scrollbars and form controls. */
function apply(choice: ThemeChoice) {
  const theme = resolveTheme(choice, systemDark?.matches ?? false);
  document.documentElement.dataset.theme = theme;
  useTheme.setState({ choice, theme });
}
