import en from './locales/en';
import vi from './locales/vi';
import zhHans from './locales/zh-Hans';
import zhHant from './locales/zh-Hant';
import type { Language } from './languages';

/** Every catalogue, keyed by language. English is the source; the others mirror its keys. */
export const RESOURCES: Record<Language, typeof en> = {
  en,
  'zh-Hant': zhHant as typeof en,
  'zh-Hans': zhHans as typeof en,
  vi: vi as typeof en,
};

export type EnglishMessages = typeof en;
