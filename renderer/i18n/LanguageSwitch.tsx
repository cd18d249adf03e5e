import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../../shared/i18n/languages';
import { usePlatform } from '../app/session';
import { changeLanguage } from './setup';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('common.language')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLanguage(next)) return;
          void changeLanguage(next).then(() => platform.setLanguage(next));
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {LANGUAGE_NAMES[lng]}
          </option>
        ))}
      </select>
    </label>
  );
}
