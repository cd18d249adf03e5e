import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { writeBackupFile } from '../../shared/backup';
import { relabel } from '../../shared/backup/testing';
import { reviewedPlan } from '../../shared/exchange/testing/files';
import { LAN, MAI as MAI_PROFILE } from '../../shared/exchange/testing/fixtures';
import { WEB_ORIGIN } from '../chromium';
import {
  backToLibrary,
  clickNode,
  createPlan,
  expectEditorReady,
  expectSaved,
  inspector,
  nodeByTitle,
  openLibrary,
  planRow,
} from './support/app';
import { addProfile, PIXEL_PNG, reviewForm, reviewsTab, subjectTitle, switchProfile } from './support/review';

/**
 * Backup and restore across two laptops (two browser contexts, each its own IndexedDB):
 * marketing's laptop backs up two plans, one reviewed with a photo; a fresh laptop restores
 * the backup on first run and finds everything after a reload; both laptops then change
 * the same text, and restoring one's backup into the other keeps both versions as a
 * conflict, resolved from the inspector. A broken backup is refused and changes nothing.
 */

const PLAN = 'Tết 2027 · 新年檔期';
const SECOND = 'Back to school · Tựu trường';
const MAI = 'Mai Trần · Marketing';

async function backUp(page: Page, path: string): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^campaign-workbench-backup-\d{4}-\d{2}-\d{2}\.cwbackup$/);
  await download.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: /^Backup saved: 2 plans, 2 people, 1 attachment\./ })).toBeVisible();
}

async function pickBackup(page: Page, open: () => Promise<void>, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open()]);
  await chooser.setFiles(path);
}

async function openPlanFromLibrary(page: Page, title: string) {
  await planRow(page, title).getByRole('link', { name: title }).click();
  await expectEditorReady(page, title);
}

async function setContent(page: Page, title: string, text: string) {
  await clickNode(page, nodeByTitle(page, title));
  await inspector(page).getByRole('textbox', { name: 'Content' }).fill(text);
  await expectSaved(page);
}

test('a library backed up on one laptop is restored on another, merges back, and conflicts are resolved', async ({ browser, page }) => {
  test.setTimeout(240_000);
  const fromLaptop1 = test.info().outputPath('laptop1.cwbackup');
  const fromLaptop2 = test.info().outputPath('laptop2.cwbackup');

  // Laptop 1: marketing drafts two plans; a rep reviews the first with a photo of the shelf.
  await openLibrary(page, { name: 'Mai Trần', role: 'Marketing' });
  await createPlan(page, SECOND);
  await backToLibrary(page);
  await createPlan(page, PLAN);
  await addProfile(page, 'Bình Nguyễn', 'Sales');
  await page.getByRole('button', { name: 'Review mode' }).click();
  const form = reviewForm(page);
  const title = (await subjectTitle(page).innerText()).trim();
  await page.locator('body').press('3');
  await form.getByRole('textbox', { name: 'Customer objections heard' }).fill('Khách chê giá cao hơn đối thủ 20%');
  await form.getByLabel('Add photos or PDFs').setInputFiles({ name: 'kệ hàng.png', mimeType: 'image/png', buffer: PIXEL_PNG });
  await expect(form.getByRole('button', { name: 'Remove kệ hàng.png' })).toBeVisible();
  await form.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText(/^1 of \d+ reviewed$/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to canvas' }).click();
  await expectEditorReady(page, PLAN);
  await switchProfile(page, MAI);
  await backToLibrary(page);
  await backUp(page, fromLaptop1);

  // Laptop 2, first run: restore the backup instead of starting empty.
  const laptop2 = await browser.newContext();
  const page2 = await laptop2.newPage();
  await page2.goto(`${WEB_ORIGIN}/#/`);
  await expect(page2.getByRole('heading', { level: 1, name: 'Who is working on this laptop?' })).toBeVisible();
  await pickBackup(page2, () => page2.getByRole('button', { name: 'Restore from backup…' }).click(), fromLaptop1);
  const preview = page2.getByRole('dialog', { name: 'Restore from backup' });
  await expect(preview).toContainText('Made on');
  await expect(preview).toContainText('by Mai Trần');
  await expect(preview).toContainText('It holds 2 plans (0 in the trash), 2 people and 1 attachment');
  await expect(preview.getByRole('listitem').filter({ hasText: PLAN })).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: SECOND })).toBeVisible();
  await expect(preview).toContainText('Everything in it is added to this laptop');
  await preview.getByRole('button', { name: 'Restore' }).click();
  await expect(page2.getByRole('status').filter({ hasText: 'Restored: 2 added, 0 merged, 0 already up to date.' })).toBeVisible();
  // Who was working came with the backup: no first-run form, straight to the plans.
  await expect(page2.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();

  // Everything is on disk: after a reload, both plans, the review and its photo are there.
  await page2.reload();
  await expect(page2.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  await expect(planRow(page2, SECOND)).toBeVisible();
  await openPlanFromLibrary(page2, PLAN);
  const node = nodeByTitle(page2, title);
  await expect(node.locator('.review-badge')).toContainText('Not feasible');
  await clickNode(page2, node);
  const card = (await reviewsTab(page2)).getByRole('article', { name: 'Bình Nguyễn · Sales' });
  await expect(card).toContainText('Khách chê giá cao hơn đối thủ 20%');
  await expect(card.getByRole('button', { name: 'Open kệ hàng.png' })).toBeVisible();
  await inspector(page2).getByRole('tab', { name: 'Details' }).click();

  // Both laptops rewrite the same element's content without seeing each other's edit.
  await setContent(page2, title, 'Gói 3 tháng, giá 99k (laptop 2)');
  await backToLibrary(page2);
  await backUp(page2, fromLaptop2);
  await openPlanFromLibrary(page, PLAN);
  await setContent(page, title, 'Giá 120k mỗi tháng (laptop 1)');

  // Laptop 1 restores laptop 2's backup into a library that has the plans: they merge.
  await backToLibrary(page);
  await pickBackup(page, () => page.getByRole('button', { name: 'Restore', exact: true }).click(), fromLaptop2);
  const merge = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(merge).toContainText('Plans already here are merged with their copy in the backup');
  await page.screenshot({ path: test.info().outputPath('restore-preview.png') });
  await merge.getByRole('button', { name: 'Restore' }).click();
  // (The untouched plan may count as merged too: a merge derives its revision stamp, which creation leaves blank.)
  await expect(page.getByRole('status').filter({ hasText: /^Restored: 0 added, [12] merged, [01] already up to date\.$/ })).toBeVisible();

  // The element shows the conflict on the canvas, and the toolbar counts it.
  await openPlanFromLibrary(page, PLAN);
  const conflicted = nodeByTitle(page, title);
  await expect(conflicted.locator('.conflict-marker')).toHaveText('Conflict');
  await page.getByRole('button', { name: '1 open conflict: show it' }).click();
  const planList = page.getByRole('region', { name: 'Open conflicts (1)' });
  await expect(planList).toBeFocused();
  await expect(planList.getByRole('article', { name: 'Conflict: Content' })).toContainText(title);
  await page.screenshot({ path: test.info().outputPath('plan-conflicts.png') });

  // In the element's inspector: both versions, who wrote them and when.
  await clickNode(page, conflicted);
  const section = inspector(page).getByRole('region', { name: 'Changed on two laptops at once' });
  const conflict = section.getByRole('article', { name: 'Conflict: Content' });
  const shown = conflict.getByRole('group', { name: 'Shown now, by Mai Trần' });
  const other = conflict.getByRole('group', { name: 'Other version, by Mai Trần' });
  await expect(shown).toContainText('Giá 120k mỗi tháng (laptop 1)');
  await expect(other).toContainText('Gói 3 tháng, giá 99k (laptop 2)');
  await expect(other).toContainText(/Mai Trần · .*\d/);
  await page.screenshot({ path: test.info().outputPath('conflict.png') });

  // Take theirs: one undoable edit; the marker goes; undo brings the conflict back.
  await other.getByRole('button', { name: 'Take this one' }).click();
  await expect(section).toHaveCount(0);
  await expect(conflicted.locator('.conflict-marker')).toHaveCount(0);
  await expect(inspector(page).getByRole('textbox', { name: 'Content' })).toHaveValue('Gói 3 tháng, giá 99k (laptop 2)');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(conflicted.locator('.conflict-marker')).toHaveText('Conflict');
  await expect(inspector(page).getByRole('textbox', { name: 'Content' })).toHaveValue('Giá 120k mỗi tháng (laptop 1)');

  // Sales sees every version but can't decide: no buttons, and a note says who can.
  await switchProfile(page, 'Bình Nguyễn · Sales');
  await expect(section).toContainText('Only someone who edits the plan (marketing) can resolve these');
  await expect(conflict.getByRole('group')).toHaveCount(2);
  await expect(conflict.getByRole('button')).toHaveCount(0);
  await switchProfile(page, MAI);

  // Edit: write a text that combines both, and save.
  await conflict.getByRole('button', { name: 'Edit…' }).click();
  await conflict.getByRole('textbox', { name: 'Text to keep' }).fill('Gói 3 tháng 99k, lẻ 120k/tháng');
  await conflict.getByRole('button', { name: 'Save and resolve' }).click();
  await expect(section).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expectEditorReady(page, PLAN);
  await expect(conflicted.locator('.conflict-marker')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /open conflict/ })).toHaveCount(0);
  await clickNode(page, conflicted);
  await expect(inspector(page).getByRole('textbox', { name: 'Content' })).toHaveValue('Gói 3 tháng 99k, lẻ 120k/tháng');
  await laptop2.close();
});

test('a broken backup is refused with a clear message and the library is unchanged', async ({ page }) => {
  test.setTimeout(120_000);
  await openLibrary(page, { name: 'Lan', role: 'Sales' });
  await expect(page.getByText('Moving from another laptop, or starting again after a problem?')).toBeVisible();

  const cases: Array<[string, Buffer, string]> = [
    ['junk.cwbackup', Buffer.from('definitely not a zip archive, just words'), 'This is not a Campaign Workbench backup (it is not a zip archive).'],
    ['cut.cwbackup', await truncatedBackup(), 'The file is incomplete: it was cut off, perhaps during a download or a copy.'],
  ];
  for (const [name, bytes, message] of cases) {
    const path = test.info().outputPath(name);
    await writeFile(path, bytes);
    await pickBackup(page, () => page.getByRole('button', { name: 'Restore from backup…' }).click(), path);
    const dialog = page.getByRole('dialog', { name: 'This backup can’t be restored' });
    await expect(dialog.getByRole('alert')).toHaveText(`${message} Nothing on this laptop was changed.`);
    await page.screenshot({ path: test.info().outputPath(`refused-${name}.png`) });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(0);
  await expect(page.getByText('Moving from another laptop, or starting again after a problem?')).toBeVisible();

  async function truncatedBackup(): Promise<Buffer> {
    // A real archive's first half: it starts like a zip and ends nowhere.
    const { zipSync, strToU8 } = await import('fflate');
    const whole = zipSync({ 'backup.json': strToU8(JSON.stringify({ format: 'campaign-workbench-backup', padding: 'x'.repeat(4000) })) });
    return Buffer.from(whole.subarray(0, Math.floor(whole.length / 2)));
  }
});

test('when the database can’t be opened, a backup is restored into a new one beside it', async ({ browser }) => {
  test.setTimeout(120_000);
  // A backup made by the app's own writer: one reviewed plan with a photo, Mai and Lan.
  const path = test.info().outputPath('rescue.cwbackup');
  const plan = relabel(reviewedPlan(), 'rescue-');
  await writeFile(path, writeBackupFile({ plans: [plan], profiles: [MAI_PROFILE, LAN], settings: { currentProfileId: MAI_PROFILE.id } }, {
    appVersion: 'e2e',
    createdAt: new Date(),
    createdBy: null,
  }));

  // This laptop's database is broken: opening it fails, whatever the app does.
  const laptop = await browser.newContext();
  await laptop.addInitScript(() => {
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => {
      if (name === 'campaign-workbench') throw new DOMException('Internal error opening backing store', 'UnknownError');
      return open(name, version);
    };
  });
  const page = await laptop.newPage();
  await page.goto(`${WEB_ORIGIN}/#/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your plans can’t be opened' })).toBeVisible();
  const rescue = page.getByRole('region', { name: 'Start again from a backup' });
  await expect(rescue).toContainText('the one that can’t be opened. That one is left exactly as it is');
  await expect(rescue).toContainText('a restore can’t be stored either until that is fixed');
  await pickBackup(page, () => rescue.getByRole('button', { name: 'Restore from backup…' }).click(), path);
  await expect(rescue).toContainText('It holds 1 plan (0 in the trash), 2 people and 1 attachment');
  await page.screenshot({ path: test.info().outputPath('rescue.png') });
  await rescue.getByRole('button', { name: 'Restore into a new database' }).click();
  await expect(rescue.getByRole('status')).toHaveText('Restored 1 plan into a new database. Opening it…');

  // The app reloads onto the restored database (the broken one is still refused, and kept).
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('combobox', { name: /Switch profile/ })).toHaveValue(MAI_PROFILE.id);
  await openPlanFromLibrary(page, plan.plan.title);
  await page.reload();
  await expectEditorReady(page, plan.plan.title);
  await expect(page.locator('.review-badge').filter({ hasText: 'Not feasible' })).toHaveCount(1);
  await laptop.close();
});
