import { useTranslation } from 'react-i18next';

/** Locale-aware formatters for the current UI language (Intl does the work). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    dateTime: (ms: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms),
    date: (isoDate: string) =>
      isoDate ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(`${isoDate}T00:00:00`)) : '',
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
    money: (n: number, currency: string) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n),
  };
}
