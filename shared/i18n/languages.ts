/** The languages the workbench speaks, as BCP 47 tags. */
export const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  'zh-Hant': '繁體中文',
  'zh-Hans': '简体中文',
  vi: 'Tiếng Việt',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Best supported language for a system locale such as "zh-TW", "zh-CN", "vi-VN". */
export function matchLanguage(locale: string | undefined): Language {
  const tag = (locale ?? '').toLowerCase();
  if (tag.startsWith('zh')) {
    // Traditional where it is written (Taiwan, Hong Kong, Macau); bare "zh" means Simplified.
    return /hant|tw|hk|mo/.test(tag) ? 'zh-Hant' : 'zh-Hans';
  }
  if (tag.startsWith('vi')) return 'vi';
  return 'en';
}
