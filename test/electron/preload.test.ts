import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchBridge } from '../../shared/ipc/contract';
import { freshElectron, type FakeElectron } from './harness';

let electron: FakeElectron;
let bridge: WorkbenchBridge;

beforeEach(async () => {
  electron = await freshElectron();
  await import('../../electron/preload');
  bridge = electron.contextBridge.exposed.get('workbench') as WorkbenchBridge;
});

describe('preload bridge', () => {
  it('exposes named functions only, never ipcRenderer', () => {
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['workbench']);
    expect(Object.keys(bridge).sort()).toEqual(['getAppInfo', 'onCommand', 'openFile', 'openWindow', 'printToPdf', 'saveFile', 'setLanguage']);
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(electron.ipcRenderer);
    }
    for (const leak of ['ipcRenderer', 'send', 'invoke', 'on', 'emit']) expect(bridge).not.toHaveProperty(leak);
  });

  it('maps each function to its contract channel', async () => {
    await bridge.getAppInfo();
    await bridge.setLanguage('vi');
    await bridge.openWindow('#/plan/abc');
    expect(electron.ipcRenderer.invocations).toEqual([
      { channel: 'app:info', args: [undefined] },
      { channel: 'app:setLanguage', args: ['vi'] },
      { channel: 'window:open', args: ['#/plan/abc'] },
    ]);
  });

  it('checks file requests before they leave the page, and main’s answers before the page gets them', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(bridge.saveFile({ suggestedName: '../../.bashrc', bytes, kind: 'plan' })).rejects.toThrow();
    await expect(bridge.openFile({ kinds: [] })).rejects.toThrow();
    expect(electron.ipcRenderer.invocations).toEqual([]);

    const answers: unknown[] = [{ status: 'saved' }, { status: 'opened', name: 'plan.cwplan', bytes }, { status: 'opened', name: 'plan.cwplan', bytes: 'AQID' }];
    vi.spyOn(electron.ipcRenderer, 'invoke').mockImplementation(async () => answers.shift());
    await expect(bridge.saveFile({ suggestedName: 'Tết.cwplan', bytes, kind: 'plan' })).resolves.toEqual({ status: 'saved' });
    await expect(bridge.openFile({ kinds: ['plan'] })).resolves.toEqual({ status: 'opened', name: 'plan.cwplan', bytes });
    await expect(bridge.openFile({ kinds: ['plan'] })).rejects.toThrow();
  });

  it('delivers valid commands, drops anything else, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onCommand(listener);
    electron.ipcRenderer.emit('command', {}, 'edit.undo');
    electron.ipcRenderer.emit('command', {}, 'rm -rf');
    electron.ipcRenderer.emit('command', {}, { id: 'edit.undo' });
    expect(listener.mock.calls).toEqual([['edit.undo']]);

    unsubscribe();
    electron.ipcRenderer.emit('command', {}, 'edit.redo');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.listenerCount('command')).toBe(0);
  });
});
