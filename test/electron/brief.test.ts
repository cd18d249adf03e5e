import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRINT_MARGINS_INCHES } from '../../shared/brief/print';
import { APP_ENTRY_URL } from '../../shared/ipc/origin';
import { onlyWindow, startApp } from './harness';

/**
 * Printing the brief in main: the asking page goes through printToPDF with its own page
 * rules (running header, page numbers), bookmarks and tags; its bytes come back to the page,
 * which saves them through the save dialog.
 */

const BRIEF_PAGE = `${APP_ENTRY_URL}#/plan/abc/brief`;
const request = { pageSize: 'A4' } as const;

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cw-brief-'));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('brief:printToPdf', () => {
  it('prints the asking page by its own page rules, with bookmarks and tags, and answers the bytes', async () => {
    const electron = await startApp();
    const page = onlyWindow(electron).webContents;
    const bytes = await electron.ipcMain.invoke('brief:printToPdf', BRIEF_PAGE, request);

    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes as Uint8Array).toString('latin1')).toMatch(/^%PDF-/);
    expect(page.printed).toEqual([
      {
        pageSize: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        // The page's @page margin boxes carry the header and page numbers: no templates from main.
        displayHeaderFooter: false,
        generateDocumentOutline: true,
        generateTaggedPDF: true,
        margins: PRINT_MARGINS_INCHES,
      },
    ]);
  });

  it('prints on the paper the view asks for', async () => {
    const electron = await startApp();
    await electron.ipcMain.invoke('brief:printToPdf', BRIEF_PAGE, { pageSize: 'Letter' });
    expect(onlyWindow(electron).webContents.printed[0]!.pageSize).toBe('Letter');
  });

  it('prints nothing for a page that is not the app', async () => {
    const electron = await startApp();
    await expect(electron.ipcMain.invoke('brief:printToPdf', 'https://example.com/', request)).rejects.toThrow(/not the app/);
    expect(onlyWindow(electron).webContents.printed).toEqual([]);
  });

  it('hands back bytes the page then saves through the save dialog, unchanged', async () => {
    const electron = await startApp();
    const page = onlyWindow(electron).webContents;
    page.pdfBytes = Buffer.from('%PDF-1.7\n新年檔期 · Tết\n%%EOF\n');
    const bytes = (await electron.ipcMain.invoke('brief:printToPdf', BRIEF_PAGE, request)) as Uint8Array;
    const target = join(folder, 'Tết 2027 · Brief.pdf');
    electron.dialog.nextSavePath = target;
    expect(await electron.ipcMain.invoke('file:save', BRIEF_PAGE, { suggestedName: 'Tết 2027 · Brief.pdf', bytes, kind: 'pdf' })).toEqual({ status: 'saved' });
    expect(readFileSync(target)).toEqual(page.pdfBytes);
    expect(electron.dialog.saveCalls[0]!.options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });
});
