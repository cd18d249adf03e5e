import type { TFunction } from 'i18next';
import { Languages, Monitor, Moon, Sun, Terminal, type LucideIcon } from 'lucide-react';
import { COMMAND_ACCELERATORS, COMMAND_IDS, type CommandId } from '../../shared/commands';
import { LANGUAGE_NAMES, LANGUAGES } from '../../shared/i18n/languages';
import { KIND_STYLE } from '../canvas/kindStyle';
import { useEditor } from '../canvas/store';
import { displayAccelerator } from '../commands/keyboard';
import { hasCommand, runCommand } from '../commands/registry';
import { changeLanguage } from '../i18n/setup';
import { platform } from '../platform';
import { setThemeChoice, useTheme } from '../theme/store';
import { THEME_CHOICES } from '../theme/theme';
import { prepare, type Prepared } from './match';
import { canRevealElements, revealElement } from './reveal';

/** One thing the palette can do: run a command, switch the theme or the language, or show an element. */
export interface PaletteItem {
  key: string;
  label: string;
  /** What kind of thing it is: "Command", the element's kind… */
  detail: string;
  shortcut?: string;
  icon: LucideIcon;
  /** The element kind's colour, for its icon. */
  accent?: string;
  prepared: Prepared;
  /** Runs once the palette has closed and given the focus back. */
  run: () => void;
}

const THEME_ICON = { system: Monitor, light: Sun, dark: Moon } as const;

/** Not offered in the palette: opening the palette itself. */
const HIDDEN: ReadonlySet<CommandId> = new Set(['palette.open']);

/**
 * What the palette offers now: the commands the current screen answers (in the order of
 * shared/commands.ts), the theme choices, then the open plan's elements (only where a screen
 * can show them: the editor).
 */
export function paletteItems(t: TFunction): PaletteItem[] {
  const commands = COMMAND_IDS.filter((id) => !HIDDEN.has(id) && hasCommand(id)).map((id): PaletteItem => {
    const label = t(`shell.command.${id}`);
    const accelerator = COMMAND_ACCELERATORS[id];
    return {
      key: `command:${id}`,
      label,
      detail: t('workshop.palette.type.command'),
      shortcut: accelerator ? displayAccelerator(accelerator) : undefined,
      icon: Terminal,
      prepared: prepare(label),
      run: () => runCommand(id),
    };
  });
  const current = useTheme.getState().choice;
  const themes = THEME_CHOICES.map((choice): PaletteItem => {
    const label = t('workshop.theme.command', { choice: t(`workshop.theme.choice.${choice}`) });
    return {
      key: `theme:${choice}`,
      label,
      detail: choice === current ? t('workshop.theme.current') : t('workshop.palette.type.theme'),
      icon: THEME_ICON[choice],
      prepared: prepare(label),
      run: () => setThemeChoice(choice),
    };
  });
  // The editor's toolbar has no room for the language list at 1366 px: the palette offers it there.
  const languages = LANGUAGES.map((lng): PaletteItem => {
    const label = `${t('common.language')}: ${LANGUAGE_NAMES[lng]}`;
    return {
      key: `language:${lng}`,
      label,
      detail: t('workshop.palette.type.theme'),
      icon: Languages,
      prepared: prepare(label),
      run: () => void changeLanguage(lng).then(() => platform.setLanguage(lng)),
    };
  });
  const { nodes, elements } = useEditor.getState();
  const shown = canRevealElements()
    ? nodes.flatMap((node): PaletteItem[] => {
        const element = elements[node.id];
        if (!element) return [];
        const label = element.title || t('canvas.node.untitled');
        return [
          {
            key: `element:${element.id}`,
            label,
            detail: t(`kinds.${element.kind}`),
            icon: KIND_STYLE[element.kind].icon,
            accent: KIND_STYLE[element.kind].accent,
            prepared: prepare(label),
            run: () => revealElement(element.id),
          },
        ];
      })
    : [];
  return [...commands, ...themes, ...languages, ...shown];
}
