import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CONTRACT, type InvokeChannel } from '../../shared/ipc/contract';
import { APP_ENTRY_URL } from '../../shared/ipc/origin';
import { startApp } from './harness';

const APP_PAGE = `${APP_ENTRY_URL}#/plan/abc`;
const FOREIGN_SENDERS = [
  'https://example.com/',
  'file:///home/user/index.html',
  'app://other/index.html',
  'http://127.0.0.1:5178/',
  null,
];

/** For each channel: payloads that must be accepted and payloads that must be refused. */
const CASES: Record<InvokeChannel, { valid: unknown[][]; invalid: unknown[][] }> = {
  'app:info': { valid: [[]], invalid: [['please'], [{}], [undefined, 'extra']] },
  'app:setLanguage': {
    valid: [['en'], ['zh-Hant'], ['zh-Hans'], ['vi']],
    invalid: [[], ['fr'], ['EN'], [42], [{ language: 'en' }], ['en', 'extra']],
  },
  'window:open': {
    valid: [[], [undefined], ['#/'], ['#/plan/abc-123'], ['#/trash']],
    invalid: [
      ['https://example.com/'],
      ['javascript:alert(1)'],
      ['#/plan/<script>'],
      ['#/../../etc'],
      ['plan/abc'],
      [42],
      [null],
    ],
  },
  // The fake dialog is cancelled unless a test chooses a path: valid requests end there.
  'file:save': {
    valid: [
      [{ suggestedName: 'Tết campaign.cwplan', bytes: new Uint8Array([1, 2, 3]), kind: 'plan' }],
      [{ suggestedName: '新年檔期 brief.pdf', bytes: new Uint8Array(0), kind: 'pdf' }],
    ],
    invalid: [
      [],
      [{ suggestedName: '../../etc/passwd', bytes: new Uint8Array(1), kind: 'plan' }],
      [{ suggestedName: '/home/user/plan.cwplan', bytes: new Uint8Array(1), kind: 'plan' }],
      [{ suggestedName: 'C:\\Users\\plan.cwplan', bytes: new Uint8Array(1), kind: 'plan' }],
      [{ suggestedName: '..', bytes: new Uint8Array(1), kind: 'plan' }],
      [{ suggestedName: 'plan\u0000.cwplan', bytes: new Uint8Array(1), kind: 'plan' }],
      [{ suggestedName: '', bytes: new Uint8Array(1), kind: 'plan' }],
      [{ suggestedName: 'plan.cwplan', bytes: [1, 2, 3], kind: 'plan' }],
      [{ suggestedName: 'plan.cwplan', bytes: 'AQID', kind: 'plan' }],
      [{ suggestedName: 'plan.exe', bytes: new Uint8Array(1), kind: 'exe' }],
      [{ suggestedName: 'plan.cwplan', bytes: new Uint8Array(1) }],
      [{ suggestedName: 'plan.cwplan', bytes: new Uint8Array(1), kind: 'PLAN' }],
      [{ suggestedName: 'plan.cwplan', bytes: new Uint8Array(1), kind: 'plan' }, 'extra'],
    ],
  },
  'file:open': {
    valid: [[{ kinds: ['plan'] }], [{ kinds: ['backup', 'plan'] }]],
    invalid: [[], [{ kinds: [] }], [{ kinds: ['exe'] }], [{ kinds: 'plan' }], [{ path: '/etc/passwd' }], ['/etc/passwd'], [{ kinds: ['plan'] }, 'extra']],
  },
  'brief:printToPdf': {
    valid: [[{ pageSize: 'A4' }], [{ pageSize: 'Letter' }]],
    invalid: [
      [],
      [{ pageSize: 'A3' }],
      [{ pageSize: 'A4', language: 'en' }],
      // No way to hand main a template or a URL to print.
      [{ pageSize: 'A4', headerTemplate: '<img src=x onerror=alert(1)>' }],
      [{ pageSize: 'A4', url: 'https://example.com/' }],
      [{ pageSize: 'A4' }, 'extra'],
    ],
  },
};

/** it.each rows naming a payload, e.g. ['["fr"]', ['fr']]: the arguments themselves may be empty. */
const rows = (payloads: unknown[][]) => payloads.map((args) => [JSON.stringify(args), args] as const);

describe('IPC contract enforcement', () => {
  // Main logs every rejection; here they are expected.
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('registers exactly the channels of the contract', async () => {
    const { ipcMain } = await startApp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(IPC_CONTRACT).sort());
  });

  describe.each(Object.entries(CASES))('%s', (channel, { valid, invalid }) => {
    it.each(rows(valid))('accepts %s', async (_shown, args) => {
      const { ipcMain } = await startApp();
      await ipcMain.invoke(channel, APP_PAGE, ...args);
    });

    it.each(rows(invalid))('rejects %s and does nothing', async (_shown, args) => {
      const electron = await startApp();
      const menuBefore = electron.Menu.applicationMenu;
      await expect(electron.ipcMain.invoke(channel, APP_PAGE, ...args)).rejects.toThrow(`IPC '${channel}' rejected`);
      expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
      expect(electron.Menu.applicationMenu).toBe(menuBefore);
    });

    it.each(FOREIGN_SENDERS)('rejects a sender at %s and does nothing', async (sender) => {
      const electron = await startApp();
      const menuBefore = electron.Menu.applicationMenu;
      await expect(electron.ipcMain.invoke(channel, sender, ...(valid[0] ?? []))).rejects.toThrow(/not the app/);
      expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
      expect(electron.Menu.applicationMenu).toBe(menuBefore);
    });
  });

  it('app:info answers with the versions and platform', async () => {
    const { ipcMain } = await startApp();
    expect(await ipcMain.invoke('app:info', APP_PAGE)).toEqual({
      version: '0.1.0',
      platform: process.platform,
      electronVersion: process.versions.electron,
    });
  });

  it('window:open opens another window on the app origin at the hash route', async () => {
    const { ipcMain, BrowserWindow } = await startApp();
    await ipcMain.invoke('window:open', APP_PAGE, '#/plan/abc-123');
    const opened = BrowserWindow.getAllWindows()[1];
    expect(opened?.loadedUrl).toBe(`${APP_ENTRY_URL}#/plan/abc-123`);
  });
});
