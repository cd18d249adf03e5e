import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  backToLibrary,
  centreOf,
  clickNode,
  createPlan,
  dragBetween,
  elementNodes,
  expectEditorReady,
  expectSaved,
  flowPosition,
  inspector,
  nodeByTitle,
  openLibrary,
  paletteButton,
  planRow,
} from './support/app';

/**
 * Two windows of one profile (two tabs of one browser context share IndexedDB and the
 * BroadcastChannel) stay in step without a reload.
 */

/** How soon the other window must show an edit. */
const IN_STEP = { timeout: 1_000 };

async function secondWindow(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test.describe('two windows on the same plan', () => {
  test('title typed, element added, moved and deleted in one window show in the other within a second', async ({ page, context }) => {
    const title = 'Đồng bộ 同步';
    await openLibrary(page);
    await createPlan(page, title);
    const other = await secondWindow(context, page.url());
    await expectEditorReady(other, title);

    // Typing in the inspector, one keystroke at a time.
    const typed = '顧客價值 Giá trị khách hàng';
    await clickNode(page, nodeByTitle(page, 'Customer value'));
    const field = inspector(page).getByRole('textbox', { name: 'Title' });
    await field.fill('');
    await field.pressSequentially(typed);
    await expect(nodeByTitle(other, typed).locator('.element-node__title')).toHaveText(typed, IN_STEP);
    await expect(nodeByTitle(other, 'Customer value')).toHaveCount(0, IN_STEP);

    // An element added from the palette.
    await paletteButton(page, 'Milestone').click();
    await expect(nodeByTitle(page, 'Milestone')).toBeVisible();
    await expect(nodeByTitle(other, 'Milestone')).toBeVisible(IN_STEP);
    await expect(elementNodes(other)).toHaveCount(9, IN_STEP);

    // An element dragged to a new place lands on the same spot in the other window.
    const price = nodeByTitle(page, 'Price');
    const from = await centreOf(price.locator('.element-node__title'));
    const before = await flowPosition(nodeByTitle(other, 'Price'));
    await dragBetween(page, from, { x: from.x + 350, y: from.y + 30 });
    await expectSaved(page);
    const moved = await flowPosition(price);
    expect(moved.x - before.x, 'the drag moved Price').toBeGreaterThan(300);
    await expect.poll(() => flowPosition(nodeByTitle(other, 'Price')), IN_STEP).toEqual(moved);

    // An element deleted in the other window goes here too, with its link.
    await clickNode(other, nodeByTitle(other, 'Promotion'));
    await other.keyboard.press('Delete');
    await expect(nodeByTitle(other, 'Promotion')).toHaveCount(0);
    await expect(nodeByTitle(page, 'Promotion')).toHaveCount(0, IN_STEP);
    await expect(page.locator('.react-flow__edge')).toHaveCount(3, IN_STEP);
    await expectSaved(other);

    // Both windows show the same plan, and so does the database.
    await page.reload();
    await expectEditorReady(page, title);
    await expect(elementNodes(page)).toHaveCount(8);
    await expect(nodeByTitle(page, typed)).toBeVisible();
    await expect(nodeByTitle(page, 'Milestone')).toBeVisible();
    expect(await flowPosition(nodeByTitle(page, 'Price'))).toEqual(moved);
  });

  test('a plan renamed in one window\'s library is renamed in the other\'s', async ({ page, context }) => {
    await openLibrary(page);
    await createPlan(page, 'Tết 2026');
    await backToLibrary(page);
    const other = await secondWindow(context, page.url());
    await expect(planRow(other, 'Tết 2026')).toBeVisible();

    const renamed = 'Khuyến mãi Tết 2026 春節促銷';
    await planRow(page, 'Tết 2026').getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('textbox', { name: 'Plan title' }).fill(renamed);
    await page.getByRole('textbox', { name: 'Plan title' }).press('Enter');
    await expect(planRow(page, renamed)).toBeVisible();
    await expect(planRow(other, renamed).getByRole('link', { name: renamed })).toBeVisible(IN_STEP);
    await expect(other.getByRole('table').getByRole('rowheader')).toHaveCount(1);

    // A plan created in one window appears in the other's library too.
    await page.getByRole('button', { name: 'New plan' }).click();
    await createPlanInOpenDialog(page, '新品上市');
    await expect(planRow(other, '新品上市')).toBeVisible(IN_STEP);
  });

  test('a plan renamed in the library shows its new title in a window that has the plan open', async ({ page, context }) => {
    await openLibrary(page);
    await createPlan(page, 'Tên cũ 舊名');
    const library = await secondWindow(context, '/#/');
    const renamed = 'Tên mới 新名';
    await planRow(library, 'Tên cũ 舊名').getByRole('button', { name: 'Rename' }).click();
    await library.getByRole('textbox', { name: 'Plan title' }).fill(renamed);
    await library.getByRole('textbox', { name: 'Plan title' }).press('Enter');
    await expect(planRow(library, renamed)).toBeVisible();

    // The editor must not keep the old title: typing in its Plan title field would overwrite the rename.
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible(IN_STEP);
    await expect(inspector(page).getByRole('textbox', { name: 'Plan title' })).toHaveValue(renamed, IN_STEP);
  });
});

async function createPlanInOpenDialog(page: Page, title: string) {
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Title' }).press('Enter');
  await expectEditorReady(page, title);
}
