import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES } from './planDraft';

/** ISO codes with their names in the UI language (Intl knows them; no catalogue needed). */
export function CurrencySelect({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { i18n } = useTranslation();
  const names = useMemo(() => new Intl.DisplayNames(i18n.language, { type: 'currency' }), [i18n.language]);
  return (
    <select value={value} onChange={(event) => onChange(event.target.value)}>
      {CURRENCIES.map((code) => (
        <option key={code} value={code}>
          {`${code} · ${names.of(code) ?? code}`}
        </option>
      ))}
    </select>
  );
}
