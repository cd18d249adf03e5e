import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/protocol';
import { freshElectron, type FakeElectron } from './harness';

let site: string;
let electron: FakeElectron;

/** A built renderer in <site>/renderer, and a file beside it that must never be served. */
beforeEach(async () => {
  site = mkdtempSync(join(tmpdir(), 'cw-protocol-'));
  const root = join(site, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Campaign Workbench</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'app.css'), 'body {}');
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'font');
  writeFileSync(join(root, 'assets', 'data.bin'), 'bytes');
  writeFileSync(join(site, 'secret.txt'), 'SECRET');

  electron = await freshElectron();
  await electron.app.becomeReady();
  const { serveRenderer } = await import('../../electron/protocol');
  serveRenderer(root);
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it.each([
    ['app://workbench/', 'text/html; charset=utf-8'],
    ['app://workbench/index.html', 'text/html; charset=utf-8'],
    ['app://workbench/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://workbench/assets/app.css', 'text/css; charset=utf-8'],
    ['app://workbench/assets/logo.svg', 'image/svg+xml'],
    ['app://workbench/assets/font.woff2', 'font/woff2'],
    ['app://workbench/assets/data.bin', 'application/octet-stream'],
  ])('serves %s as %s, with the content security policy', async (url, contentType) => {
    const response = await electron.protocol.fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(contentType);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('sends a strict policy: nothing remote, no inline script, no framing', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it.each([
    'app://workbench/..%2Fsecret.txt',
    'app://workbench/assets/..%2F..%2Fsecret.txt',
    'app://workbench/%2e%2e%2Fsecret.txt',
    'app://workbench/../secret.txt',
    'app://workbench/assets/%2E%2E/%2E%2E/secret.txt',
  ])('refuses to escape the renderer folder: %s', async (url) => {
    const response = await electron.protocol.fetch(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://workbench/missing.js',
    'app://workbench/assets',
    'app://workbench/assets/',
    'app://other/index.html',
    'app://workbench/%E0%A4%A',
  ])('answers 404 for %s', async (url) => {
    expect((await electron.protocol.fetch(url)).status).toBe(404);
  });
});
