import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../shared/ipc/origin';
import { startApp, type FakeElectron } from './harness';

/**
 * Saving and opening files through main: the native dialog on the asking window, the path
 * only ever from the dialog, atomic writes, and failures (disk full, a missing folder, a file
 * too big) answered with a code the renderer can put into words.
 */

const APP_PAGE = `${APP_ENTRY_URL}#/plan/abc`;
const BYTES = new Uint8Array([80, 75, 3, 4, 0xe1, 0xba, 0xbf]);

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cw-files-'));
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.doUnmock('node:fs/promises');
  rmSync(folder, { recursive: true, force: true });
});

const save = (electron: FakeElectron, request: Record<string, unknown>) => electron.ipcMain.invoke('file:save', APP_PAGE, request);
const open = (electron: FakeElectron, kinds: string[]) => electron.ipcMain.invoke('file:open', APP_PAGE, { kinds });

describe('file:save', () => {
  it('asks on the sender’s window, suggesting the name in Documents, and writes the bytes where the person chose', async () => {
    const electron = await startApp();
    await electron.ipcMain.invoke('window:open', APP_PAGE);
    const [, second] = electron.BrowserWindow.getAllWindows();
    second!.focus();
    const target = join(folder, 'Tết campaign.cwplan');
    electron.dialog.nextSavePath = target;

    expect(await save(electron, { suggestedName: 'Tết campaign.cwplan', bytes: BYTES, kind: 'plan' })).toEqual({ status: 'saved' });

    const [call] = electron.dialog.saveCalls;
    expect(call!.window).toBe(second);
    expect(call!.options.defaultPath).toBe(join(electron.app.getPath('documents'), 'Tết campaign.cwplan'));
    expect(call!.options.filters).toEqual([{ name: 'Campaign Workbench plan', extensions: ['cwplan'] }]);
    expect(new Uint8Array(readFileSync(target))).toEqual(BYTES);
    expect(readdirSync(folder)).toEqual(['Tết campaign.cwplan']);
  });

  it('names the file types in the UI language', async () => {
    const electron = await startApp();
    await electron.ipcMain.invoke('app:setLanguage', APP_PAGE, 'zh-Hant');
    await save(electron, { suggestedName: 'brief.pdf', bytes: BYTES, kind: 'pdf' });
    expect(electron.dialog.saveCalls[0]!.options.filters).toEqual([{ name: 'PDF 文件', extensions: ['pdf'] }]);
  });

  it('keeps the kind’s extension when the person typed a name without it', async () => {
    const electron = await startApp();
    electron.dialog.nextSavePath = join(folder, 'return');
    expect(await save(electron, { suggestedName: 'return.cwplan', bytes: BYTES, kind: 'plan' })).toEqual({ status: 'saved' });
    expect(readdirSync(folder)).toEqual(['return.cwplan']);
  });

  it('replaces an existing file whole', async () => {
    const electron = await startApp();
    const target = join(folder, 'plan.cwplan');
    writeFileSync(target, 'an older, longer version of the plan');
    electron.dialog.nextSavePath = target;
    await save(electron, { suggestedName: 'plan.cwplan', bytes: BYTES, kind: 'plan' });
    expect(new Uint8Array(readFileSync(target))).toEqual(BYTES);
  });

  it('answers "cancelled" and writes nothing when the person cancels the dialog', async () => {
    const electron = await startApp();
    expect(await save(electron, { suggestedName: 'plan.cwplan', bytes: BYTES, kind: 'plan' })).toEqual({ status: 'cancelled' });
    expect(electron.dialog.saveCalls).toHaveLength(1);
    expect(readdirSync(folder)).toEqual([]);
  });

  it.each([
    ['ENOSPC', 'no space left on device', 'noSpace'],
    ['EIO', 'i/o error', 'io'],
    ['EROFS', 'read-only file system', 'denied'],
  ])('reports a failed write (%s) as "%s", leaving neither the file nor a partial one', async (code, message, expected) => {
    const electron = await startApp(() => {
      vi.doMock('node:fs/promises', async (importOriginal) => {
        const fs = await importOriginal<typeof import('node:fs/promises')>();
        return {
          ...fs,
          // The disk fills up half-way: a partial file is left behind, then the write fails.
          writeFile: async (path: string, data: Uint8Array, options?: object) => {
            await fs.writeFile(path, data.subarray(0, 2), options);
            throw Object.assign(new Error(`${code}: ${message}, write`), { code });
          },
        };
      });
    });
    const target = join(folder, 'plan.cwplan');
    electron.dialog.nextSavePath = target;
    expect(await save(electron, { suggestedName: 'plan.cwplan', bytes: BYTES, kind: 'plan' })).toEqual({
      status: 'failed',
      code: expected,
      name: 'plan.cwplan',
      detail: `${code}: ${message}, write`,
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps the previous file as it was when a write over it fails', async () => {
    const electron = await startApp(() => {
      vi.doMock('node:fs/promises', async (importOriginal) => {
        const fs = await importOriginal<typeof import('node:fs/promises')>();
        return { ...fs, writeFile: async () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })) };
      });
    });
    const target = join(folder, 'plan.cwplan');
    writeFileSync(target, 'yesterday’s plan');
    electron.dialog.nextSavePath = target;
    expect(await save(electron, { suggestedName: 'plan.cwplan', bytes: BYTES, kind: 'plan' })).toMatchObject({ status: 'failed', code: 'noSpace' });
    expect(readFileSync(target, 'utf8')).toBe('yesterday’s plan');
  });

  it('reports a folder that went away as "notFound"', async () => {
    const electron = await startApp();
    electron.dialog.nextSavePath = join(folder, 'gone', 'plan.cwplan');
    expect(await save(electron, { suggestedName: 'plan.cwplan', bytes: BYTES, kind: 'plan' })).toMatchObject({ status: 'failed', code: 'notFound', name: 'plan.cwplan' });
  });

  it('refuses bytes over the kind’s limit before asking anything', async () => {
    const electron = await startApp();
    const bytes = new Uint8Array(64 * 1024 * 1024 + 1);
    await expect(save(electron, { suggestedName: 'notes.md', bytes, kind: 'markdown' })).rejects.toThrow(/IPC 'file:save' rejected/);
    expect(electron.dialog.saveCalls).toEqual([]);
  });
});

describe('file:open', () => {
  it('asks for the requested kinds on the sender’s window and answers the name and bytes', async () => {
    const electron = await startApp();
    const path = join(folder, 'Bình · return.cwplan');
    writeFileSync(path, BYTES);
    electron.dialog.nextOpenPaths = [path];
    const answer = await open(electron, ['plan']);
    expect(answer).toEqual({ status: 'opened', name: 'Bình · return.cwplan', bytes: BYTES });
    const [call] = electron.dialog.openCalls;
    expect(call!.window).toBe(electron.BrowserWindow.getAllWindows()[0]);
    expect(call!.options.filters).toEqual([{ name: 'Campaign Workbench plan', extensions: ['cwplan'] }]);
    expect(call!.options.properties).toEqual(['openFile']);
  });

  it('answers "cancelled" when the person cancels', async () => {
    const electron = await startApp();
    expect(await open(electron, ['plan', 'backup'])).toEqual({ status: 'cancelled' });
    expect(electron.dialog.openCalls[0]!.options.filters!.map((f) => f.extensions)).toEqual([['cwplan'], ['cwbackup']]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const electron = await startApp();
    const path = join(folder, 'huge.md');
    writeFileSync(path, '');
    truncateSync(path, 64 * 1024 * 1024 + 1);
    electron.dialog.nextOpenPaths = [path];
    expect(await open(electron, ['markdown'])).toMatchObject({ status: 'failed', code: 'tooLarge', name: 'huge.md' });
  });

  it('reports a missing file or a folder as "notFound"', async () => {
    const electron = await startApp();
    electron.dialog.nextOpenPaths = [join(folder, 'missing.cwplan')];
    expect(await open(electron, ['plan'])).toMatchObject({ status: 'failed', code: 'notFound', name: 'missing.cwplan' });
    const directory = join(folder, 'a folder.cwplan');
    mkdirSync(directory);
    electron.dialog.nextOpenPaths = [directory];
    expect(await open(electron, ['plan'])).toMatchObject({ status: 'failed', code: 'notFound' });
  });
});
