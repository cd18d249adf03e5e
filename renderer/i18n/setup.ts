import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, matchLanguage, type Language } from '../../shared/i18n/languages';
import { RESOURCES } from '../../shared/i18n/resources';

const STORAGE_KEY = 'campaign-workbench.language';

/** The chosen language, or on first run the one that best matches the system's. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return isLanguage(saved) ? saved : matchLanguage(navigator.language);
}

export async function setupI18n(language: Language = initialLanguage()) {
  const resources = Object.fromEntries(
    Object.entries(RESOURCES).map(([lng, catalogue]) => [lng, { translation: catalogue }]),
  );
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
