import { describe, expect, it } from 'vitest';
import { COMMAND_ACCELERATORS, COMMAND_IDS } from '../../shared/commands';
import { APP_ENTRY_URL } from '../../shared/ipc/origin';
import { freshElectron, startApp, type FakeElectron } from './harness';

type MenuItem = import('../fakes/electron').FakeMenuItem;

function menuItems(electron: FakeElectron): MenuItem[] {
  const menu = electron.Menu.applicationMenu;
  if (!menu) throw new Error('no application menu');
  const flatten = (items: MenuItem[]): MenuItem[] => items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
  return flatten(menu.items);
}

function item(electron: FakeElectron, id: string): MenuItem {
  const found = menuItems(electron).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

const topLabels = (electron: FakeElectron) => electron.Menu.applicationMenu?.items.map((menu) => menu.label);

describe('application menu', () => {
  it('offers every command once, with the accelerator from shared/commands.ts', async () => {
    const electron = await startApp();
    const commandItems = menuItems(electron).filter((candidate) => candidate.id);
    expect(commandItems.map((candidate) => candidate.id).sort()).toEqual([...COMMAND_IDS].sort());
    for (const candidate of commandItems) {
      expect(candidate.accelerator, candidate.id).toBe(COMMAND_ACCELERATORS[candidate.id as keyof typeof COMMAND_ACCELERATORS]);
    }
  });

  it('sends a clicked command to the focused window only', async () => {
    const electron = await startApp();
    await electron.ipcMain.invoke('window:open', APP_ENTRY_URL);
    const [first, second] = electron.BrowserWindow.getAllWindows();
    second!.focus();
    item(electron, 'edit.undo').click?.();
    expect(second!.webContents.sent).toEqual([{ channel: 'command', args: ['edit.undo'] }]);
    expect(first!.webContents.sent).toEqual([]);
  });

  it('opens a window for "New window" when no window is focused', async () => {
    const electron = await startApp();
    electron.BrowserWindow.getAllWindows()[0]!.close();
    item(electron, 'window.new').click?.();
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('starts in the system language and relabels when the renderer sets another', async () => {
    const electron = await startApp();
    expect(topLabels(electron)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    await electron.ipcMain.invoke('app:setLanguage', APP_ENTRY_URL, 'zh-Hant');
    expect(topLabels(electron)).toEqual(['檔案', '編輯', '檢視', '視窗', '說明']);
    expect(item(electron, 'plan.new').label).toBe('新增計畫');
    expect(menuItems(electron).find((candidate) => candidate.role === 'togglefullscreen')?.label).toBe('切換全螢幕');
  });

  it('offers developer tools only in development builds, full screen always', async () => {
    const roles = (electron: FakeElectron) => menuItems(electron).map((candidate) => candidate.role);
    const development = await startApp();
    expect(roles(development)).toEqual(expect.arrayContaining(['toggleDevTools', 'togglefullscreen', 'quit']));
    const packaged = await startApp(({ app }) => {
      app.isPackaged = true;
    });
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(roles(packaged)).toContain('togglefullscreen');
  });

  it('has a macOS app menu holding quit, and no quit under File there', async () => {
    await freshElectron();
    const { buildMenuTemplate } = await import('../../electron/menu');
    const { RESOURCES } = await import('../../shared/i18n/resources');
    const [appMenu, fileMenu] = buildMenuTemplate({
      labels: RESOURCES.en.shell,
      isMac: true,
      isDev: false,
      onCommand: () => {},
    });
    const roles = (menu: typeof appMenu) =>
      (menu?.submenu as Array<{ role?: string }> | undefined)?.map((entry) => entry.role);
    expect(roles(appMenu)).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(roles(fileMenu)).not.toContain('quit');
  });
});
