import { expect, test, type Page } from '@playwright/test';
import en from '../../shared/i18n/locales/en/common';
import zhHantLibrary from '../../shared/i18n/locales/zh-Hant/library';
import zhHantCommon from '../../shared/i18n/locales/zh-Hant/common';
import { openLibrary } from './support/app';

/** What the app shows when it starts: a clear refusal of a newer database, and the remembered language. */

/** A blank page on the app's origin (same IndexedDB), served by the test instead of the app. */
async function openBlankOnOrigin(page: Page) {
  await page.route('**/__blank', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto('/__blank');
}

test.describe('startup', () => {
  test('a database written by a newer app version shows "update required", not a blank window', async ({ page }) => {
    await openBlankOnOrigin(page);
    const version = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('campaign-workbench', 10000);
          request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
          request.onsuccess = () => {
            const db = request.result;
            const v = db.version;
            db.close();
            resolve(v);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    expect(version).toBe(10000);

    await page.goto('/');
    const screen = page.getByRole('alert');
    await expect(screen.getByRole('heading', { level: 1, name: en.dbError.newerVersion.title })).toBeVisible();
    await expect(screen).toContainText(en.dbError.newerVersion.body);
    const retry = screen.getByRole('button', { name: en.dbError.retry });
    await expect(retry).toBeVisible();
    await expect(page.getByRole('button', { name: 'New plan' })).toHaveCount(0);

    // Retrying can't help until the app is updated: the same clear screen comes back.
    await retry.click();
    await expect(screen.getByRole('heading', { level: 1, name: en.dbError.newerVersion.title })).toBeVisible();
    await expect(screen.getByRole('button', { name: en.dbError.retry })).toBeVisible();

    // And nothing was changed: the newer database is still there, untouched.
    const after = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
          const request = indexedDB.open('campaign-workbench');
          request.onsuccess = () => {
            const db = request.result;
            const result = { version: db.version, stores: [...db.objectStoreNames] };
            db.close();
            resolve(result);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    expect(after).toEqual({ version: 10000, stores: ['fromTheFuture'] });
  });

  test('switching the language to 繁體中文 changes the UI and is remembered after a reload', async ({ page }) => {
    await openLibrary(page);
    const language = page.getByRole('combobox', { name: 'Language' });
    await language.selectOption({ label: '繁體中文' });
    await expect(page.getByRole('button', { name: zhHantLibrary.newPlan })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New plan' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: zhHantLibrary.heading.plans })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');

    await page.reload();
    await expect(page.getByRole('button', { name: zhHantLibrary.newPlan })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: zhHantLibrary.search.label })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.getByRole('combobox', { name: zhHantCommon.language })).toHaveValue('zh-Hant');

    // The new-plan dialog speaks it too, and back to English is one choice away.
    await page.getByRole('button', { name: zhHantLibrary.newPlan }).click();
    await expect(page.getByRole('dialog', { name: zhHantLibrary.newPlanDialog.title })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('combobox', { name: zhHantCommon.language }).selectOption({ label: 'English' });
    await expect(page.getByRole('button', { name: 'New plan' })).toBeVisible();
  });
});
