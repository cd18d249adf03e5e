import { Monitor, Moon, Sun } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { setThemeChoice, useTheme } from './store';
import { THEME_CHOICES, isThemeChoice } from './theme';
import './theme.css';

const ICON = { system: Monitor, light: Sun, dark: Moon } as const;

/**
 * System / Light / Dark, for the library header and the editor toolbar (the palette offers
 * the same). `compact` (the crowded toolbar) shows only the icon, with the select laid over it.
 */
export function ThemeSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const choice = useTheme((s) => s.choice);
  const Icon = ICON[choice];
  return (
    <label className={compact ? 'theme-switch theme-switch--compact' : 'theme-switch'} title={t('workshop.theme.label')}>
      <Icon size={16} aria-hidden="true" />
      <span className="visually-hidden">{t('workshop.theme.label')}</span>
      <select
        value={choice}
        onChange={(event) => {
          if (isThemeChoice(event.target.value)) setThemeChoice(event.target.value);
        }}
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {t(`workshop.theme.choice.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
