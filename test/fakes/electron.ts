/**
 * A small stand-in for the `electron` module (vitest.config.ts aliases `electron` here,
 * so the real package and its missing binary are never loaded). It records what main
 * asks of Electron and offers test hooks to play the other side: make the app ready,
 * invoke an IPC channel from a frame, fetch from a custom protocol, click a menu item.
 * It enforces the few ordering rules real Electron enforces (what must happen before or
 * after `ready`), because breaking those crashes the real app.
 *
 * Only what the app uses is here. Each test gets a fresh copy: see test/electron/harness.ts.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The Electron runtime defines this (read-only); the app reports it in 'app:info'.
if (!('electron' in process.versions)) {
  Object.defineProperty(process.versions, 'electron', { value: '45.4.1', enumerable: true });
}

let ready = false;

function requireReady(what: string): void {
  if (!ready) throw new Error(`fake electron: ${what} can only be used after the app is ready`);
}

/** Electron's event objects: a listener vetoes with preventDefault(). */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

class FakeApp extends EventEmitter {
  readonly name = 'Campaign Workbench';
  isPackaged = false;
  /** Set to false before main loads to play a second instance. */
  singleInstanceLockAvailable = true;
  /** userData at the moment the lock was requested (the lock is keyed on it). */
  userDataWhenLocked: string | undefined;
  quitRequested = false;
  private readonly paths = new Map<string, string>();
  private markReady = () => {};
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.markReady = resolve;
  });

  getPath(name: string): string {
    // A fresh temporary appData, made on first use so merely loading the fake leaves nothing behind.
    if (name === 'appData' && !this.paths.has(name)) this.paths.set(name, mkdtempSync(join(tmpdir(), 'cw-electron-fake-')));
    if (name === 'documents' && !this.paths.has(name)) this.paths.set(name, join(this.getPath('appData'), 'Documents'));
    const path = this.paths.get(name);
    if (!path) throw new Error(`fake electron: no path '${name}'`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getVersion(): string {
    return '0.1.0';
  }
  getLocale(): string {
    return 'en-US';
  }
  requestSingleInstanceLock(): boolean {
    this.userDataWhenLocked = this.paths.get('userData');
    return this.singleInstanceLockAvailable;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  quit(): void {
    this.quitRequested = true;
  }

  /** Test hook: Chromium starts (creating the profile folder) and whenReady() callbacks run. */
  async becomeReady(): Promise<void> {
    const userData = this.paths.get('userData');
    if (userData) mkdirSync(userData, { recursive: true });
    ready = true;
    this.markReady();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export const app = new FakeApp();

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: WindowOpenHandler | undefined;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /** What main asked Chromium to print (the brief), and what the "PDF" holds: a test may replace it. */
  readonly printed: Array<Record<string, unknown>> = [];
  pdfBytes: Buffer = Buffer.from('%PDF-1.7\n% fake brief\n%%EOF\n');
  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.printed.push(options);
    return Promise.resolve(this.pdfBytes);
  }
  /** Test hook: the page tries to navigate; returns whether main vetoed it. */
  navigate(url: string): boolean {
    const event = Object.assign(new FakeEvent(), { url });
    this.emit('will-navigate', event, url);
    return event.defaultPrevented;
  }
}

export interface FakeWindowOptions extends Partial<Rectangle> {
  webPreferences?: Record<string, unknown>;
  [option: string]: unknown;
}

export class BrowserWindow extends EventEmitter {
  private static open: BrowserWindow[] = [];
  private static focused: BrowserWindow | null = null;

  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.open];
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focused;
  }
  static fromWebContents(contents: FakeWebContents): BrowserWindow | null {
    return BrowserWindow.open.find((window) => window.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  visible = false;
  private bounds: Rectangle;
  private minimized = false;
  private maximized = false;

  constructor(readonly options: FakeWindowOptions) {
    super();
    requireReady('BrowserWindow');
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    BrowserWindow.open.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
    this.focus();
  }
  focus(): void {
    BrowserWindow.focused = this;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  setBounds(bounds: Rectangle): void {
    this.bounds = { ...bounds };
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  close(): void {
    this.emit('close', new FakeEvent());
    BrowserWindow.open = BrowserWindow.open.filter((window) => window !== this);
    if (BrowserWindow.focused === this) BrowserWindow.focused = null;
    this.emit('closed');
    if (BrowserWindow.open.length === 0) app.emit('window-all-closed');
  }
}

interface FakeInvokeEvent {
  senderFrame: { url: string } | null;
  sender: FakeWebContents;
}
type InvokeHandler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  /**
   * Test hook: a renderer frame at `senderUrl` (null: frame gone) invokes `channel`. The
   * sender is the focused window's page (else the first window's), as a click would make it.
   */
  invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const sender = window?.webContents ?? new FakeWebContents();
    const event = { senderFrame: senderUrl === null ? null : { url: senderUrl }, sender };
    return Promise.resolve().then(() => handler(event, ...args));
  },
};

interface CustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export const protocol = {
  privilegedSchemes: [] as CustomScheme[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (ready) throw new Error('fake electron: registerSchemesAsPrivileged must be called before ready');
    this.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    requireReady('protocol.handle');
    this.handlers.set(scheme, handler);
  },
  /** Test hook: what the page gets when it fetches `url`. */
  async fetch(url: string): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.replace(/:$/, ''));
    if (!handler) throw new Error(`fake electron: no protocol handler for ${url}`);
    return handler(new Request(url));
  },
};

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: { requestingUrl?: string }) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

const defaultSession = {
  permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
  permissionCheckHandler: undefined as PermissionCheckHandler | undefined,
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  },
};

export const session = {
  get defaultSession() {
    requireReady('session.defaultSession');
    return defaultSession;
  },
};

export interface FakeMenuItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  submenu?: FakeMenuItem[];
  click?: () => void;
}

export class Menu {
  static applicationMenu: Menu | null = null;
  constructor(readonly items: FakeMenuItem[]) {}
  static buildFromTemplate(template: FakeMenuItem[]): Menu {
    return new Menu(template);
  }
  static setApplicationMenu(menu: Menu | null): void {
    Menu.applicationMenu = menu;
  }
}

export const screen = {
  displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getAllDisplays() {
    requireReady('screen');
    return this.displays;
  },
  getPrimaryDisplay() {
    requireReady('screen');
    const [primary] = this.displays;
    if (!primary) throw new Error('fake electron: no display');
    return primary;
  },
};

export interface FakeFileFilter {
  name: string;
  extensions: string[];
}

export interface FakeDialogCall {
  /** The window the dialog is modal to (null: none). */
  window: BrowserWindow | null;
  options: { defaultPath?: string; filters?: FakeFileFilter[]; properties?: string[] };
}

/**
 * Native dialogs. A test says what the person will choose (`nextSavePath`, `nextOpenPaths`;
 * null: they cancel) before the app asks; each dialog records how it was opened.
 */
export const dialog = {
  errorBoxes: [] as Array<{ title: string; content: string }>,
  saveCalls: [] as FakeDialogCall[],
  openCalls: [] as FakeDialogCall[],
  nextSavePath: null as string | null,
  nextOpenPaths: null as string[] | null,
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
  showSaveDialog(...args: [BrowserWindow, FakeDialogCall['options']] | [FakeDialogCall['options']]): Promise<{ canceled: boolean; filePath: string }> {
    requireReady('dialog.showSaveDialog');
    const [window, options] = args.length === 2 ? args : [null, args[0]];
    this.saveCalls.push({ window, options });
    const filePath = this.nextSavePath;
    this.nextSavePath = null;
    return Promise.resolve(filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath });
  },
  showOpenDialog(...args: [BrowserWindow, FakeDialogCall['options']] | [FakeDialogCall['options']]): Promise<{ canceled: boolean; filePaths: string[] }> {
    requireReady('dialog.showOpenDialog');
    const [window, options] = args.length === 2 ? args : [null, args[0]];
    this.openCalls.push({ window, options });
    const filePaths = this.nextOpenPaths;
    this.nextOpenPaths = null;
    return Promise.resolve(filePaths === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths });
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property '${key}'`);
    this.exposed.set(key, api);
  },
};

class FakeIpcRenderer extends EventEmitter {
  readonly invocations: Array<{ channel: string; args: unknown[] }> = [];
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve(undefined);
  }
}

export const ipcRenderer = new FakeIpcRenderer();
