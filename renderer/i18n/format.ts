import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Locale-aware formatters for the current UI language, built once per language (Intl does the work). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(locale);
    return {
      dateTime: (ms: number) => dateTime.format(ms),
      date: (isoDate: string) => (isoDate ? date.format(new Date(`${isoDate}T00:00:00`)) : ''),
      number: (n: number) => number.format(n),
      money: (n: number, currency: string) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n),
    };
  }, [locale]);
}
