import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_ACCELERATORS, hasModifier, type CommandId } from '../shared/commands';
import type { Language } from '../shared/i18n/languages';
import type { CommandLabels } from '../shared/i18n/locales/en/shell';
import { RESOURCES } from '../shared/i18n/resources';
import { sendCommand } from './ipc';
import { openWindow } from './window';

type ShellLabels = (typeof RESOURCES)[Language]['shell'];
/** Items the OS implements itself (quit, full screen…); we only translate their labels. */
type Role = keyof ShellLabels['role'];

interface MenuOptions {
  labels: ShellLabels;
  isMac: boolean;
  isDev: boolean;
  onCommand(command: CommandId): void;
}

/** Replaces the application menu with one in `language`; called again when the UI language changes. */
export function installApplicationMenu(language: Language): void {
  const template = buildMenuTemplate({
    labels: RESOURCES[language].shell,
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    onCommand: dispatchCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * The menu as data. Command items don't act themselves: they hand the command id to the
 * renderer, so a menu click runs exactly the code a shortcut or a button runs.
 */
export function buildMenuTemplate({ labels, isMac, isDev, onCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const command = (id: CommandId): MenuItemConstructorOptions => {
    const accelerator = COMMAND_ACCELERATORS[id];
    return {
      id,
      label: commandLabel(labels.command, id),
      accelerator,
      // A bare key is shown but left to the page, or it could never be typed into a field.
      registerAccelerator: accelerator ? hasModifier(accelerator) : undefined,
      click: () => onCommand(id),
    };
  };
  // Cut, copy and paste are the OS's own: they fire the DOM clipboard events the canvas listens to.
  const clipboard = (id: CommandId, name: 'cut' | 'copy' | 'paste'): MenuItemConstructorOptions => ({
    id,
    role: name,
    label: commandLabel(labels.command, id),
    accelerator: COMMAND_ACCELERATORS[id],
  });
  const role = (name: Role): MenuItemConstructorOptions => ({ role: name, label: labels.role[name] });
  const onlyOn = (condition: boolean, items: MenuItemConstructorOptions[]) => (condition ? items : []);

  return [
    ...onlyOn(isMac, [
      {
        label: app.name,
        submenu: [
          role('about'),
          separator,
          role('services'),
          separator,
          role('hide'),
          role('hideOthers'),
          role('unhide'),
          separator,
          role('quit'),
        ],
      },
    ]),
    {
      label: labels.menu.file,
      submenu: [
        command('plan.new'),
        command('window.new'),
        command('plan.library'),
        separator,
        command('plan.brief'),
        separator,
        command('exchange.import'),
        command('exchange.exportPlan'),
        command('exchange.sendForReview'),
        command('exchange.exportReview'),
        separator,
        command('backup.create'),
        command('backup.restore'),
        separator,
        role('close'),
        ...onlyOn(!isMac, [separator, role('quit')]),
      ],
    },
    {
      label: labels.menu.edit,
      submenu: [
        command('edit.undo'),
        command('edit.redo'),
        separator,
        clipboard('edit.cut', 'cut'),
        clipboard('edit.copy', 'copy'),
        clipboard('edit.paste', 'paste'),
        command('edit.duplicate'),
        command('edit.group'),
        command('edit.delete'),
        separator,
        command('edit.selectAll'),
      ],
    },
    {
      label: labels.menu.view,
      submenu: [
        command('view.zoomIn'),
        command('view.zoomOut'),
        command('view.zoomToFit'),
        separator,
        command('view.toggleMinimap'),
        command('view.autoLayout'),
        command('view.history'),
        separator,
        command('review.start'),
        command('view.present'),
        separator,
        command('view.togglePalette'),
        command('view.toggleInspector'),
        separator,
        command('workshop.capture'),
        command('workshop.timer'),
        command('workshop.vote'),
        command('workshop.lock'),
        separator,
        role('togglefullscreen'),
        ...onlyOn(isDev, [role('toggleDevTools')]),
      ],
    },
    {
      label: labels.menu.window,
      submenu: [role('minimize'), ...onlyOn(isMac, [role('zoom'), separator, role('front')])],
    },
    { label: labels.menu.help, submenu: [command('palette.open'), command('help.shortcuts')] },
  ];
}

function commandLabel(labels: CommandLabels, id: CommandId): string {
  const [group, name] = id.split('.') as [keyof CommandLabels, string];
  const groupLabels: Record<string, string> = labels[group];
  return groupLabels[name] ?? id;
}

/**
 * Menu commands go to the focused window. With no window open (macOS keeps running),
 * only "New window" still makes sense, so main opens one itself.
 */
function dispatchCommand(command: CommandId): void {
  const target = BrowserWindow.getFocusedWindow();
  if (target) sendCommand(target.webContents, command);
  else if (command === 'window.new') openWindow();
}
