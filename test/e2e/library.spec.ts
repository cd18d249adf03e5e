import { expect, test, type Page } from '@playwright/test';
import { backToLibrary, createPlan, elementNodes, expectEditorReady, openLibrary, planRow } from './support/app';

/** The plan library: plans titled in Chinese and Vietnamese, found, renamed, copied, filed and deleted. */

const ZH = '春季新品上市 台北';
const VI = 'Khuyến mãi Tết 2026 – Đà Nẵng';

/** The library's own status line (the notice bar), not the editor's save status. */
function notice(page: Page) {
  return page.locator('.notice-region');
}

function titleLinks(page: Page) {
  return page.getByRole('table').getByRole('rowheader');
}

async function reloadLibrary(page: Page) {
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test.describe('plan library', () => {
  test.beforeEach(async ({ page }) => {
    await openLibrary(page);
    await expect(page.getByRole('heading', { name: 'Plan your first campaign' })).toBeVisible();
    await createPlan(page, ZH);
    await backToLibrary(page);
    await createPlan(page, VI, 'Campaign launch');
    await backToLibrary(page);
  });

  test('plans titled in Traditional Chinese and Vietnamese are listed, open, and survive a reload', async ({ page }) => {
    await expect(titleLinks(page)).toHaveCount(2);
    await expect(planRow(page, ZH).getByRole('link', { name: ZH })).toBeVisible();
    await expect(planRow(page, VI).getByRole('link', { name: VI })).toBeVisible();
    await expect(page).toHaveTitle(/Campaign Workbench/);

    await reloadLibrary(page);
    await expect(titleLinks(page)).toHaveCount(2);
    await expect(planRow(page, ZH).getByRole('link', { name: ZH })).toBeVisible();
    await planRow(page, VI).getByRole('link', { name: VI }).click();
    await expectEditorReady(page, VI);
    await expect(page).toHaveTitle(`${VI} · Campaign Workbench`);
    await expect(elementNodes(page)).not.toHaveCount(0);
  });

  test('search ignores Vietnamese diacritics and finds Chinese words', async ({ page }) => {
    const search = page.getByRole('searchbox', { name: 'Search plans' });
    await search.fill('tet');
    await expect(titleLinks(page)).toHaveText([VI]);
    await search.fill('da nang');
    await expect(titleLinks(page)).toHaveText([VI]);
    await search.fill('TẾT');
    await expect(titleLinks(page)).toHaveText([VI]);
    await search.fill('新品');
    await expect(titleLinks(page)).toHaveText([ZH]);
    await search.fill('新品 高雄');
    await expect(page.getByText('No plans match “新品 高雄”.')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await search.fill('');
    await expect(titleLinks(page)).toHaveCount(2);
  });

  test('a plan is renamed inline: Enter keeps the new title, Esc keeps the old one', async ({ page }) => {
    const renamed = '夏季促銷 Khuyến mãi hè';
    await planRow(page, ZH).getByRole('button', { name: 'Rename' }).click();
    const field = page.getByRole('textbox', { name: 'Plan title' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(ZH);
    await field.fill(renamed);
    await field.press('Enter');
    await expect(planRow(page, renamed).getByRole('link', { name: renamed })).toBeFocused();
    await expect(planRow(page, ZH)).toHaveCount(0);

    await planRow(page, VI).getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('textbox', { name: 'Plan title' }).fill('discarded');
    await page.getByRole('textbox', { name: 'Plan title' }).press('Escape');
    await expect(planRow(page, VI).getByRole('link', { name: VI })).toBeVisible();
    await expect(page.getByText('discarded')).toHaveCount(0);

    await reloadLibrary(page);
    await expect(titleLinks(page)).toHaveCount(2);
    await expect(planRow(page, renamed)).toBeVisible();
    await expect(planRow(page, ZH)).toHaveCount(0);
    await planRow(page, renamed).getByRole('link').click();
    await expectEditorReady(page, renamed);
  });

  test('a duplicated plan is a full copy under "Copy of …"', async ({ page }) => {
    await planRow(page, ZH).getByRole('button', { name: 'Duplicate' }).click();
    const copy = `Copy of ${ZH}`;
    await expect(notice(page)).toContainText(`Created “${copy}”.`);
    await expect(titleLinks(page)).toHaveCount(3);
    await expect(planRow(page, copy).getByRole('cell').nth(3)).toHaveText('12');

    await reloadLibrary(page);
    await expect(titleLinks(page)).toHaveCount(3);
    await planRow(page, copy).getByRole('link', { name: copy }).click();
    await expectEditorReady(page, copy);
    await expect(elementNodes(page)).toHaveCount(8);
    await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  });

  test('a plan moved to the Trash can be restored, and each state survives a reload', async ({ page }) => {
    const trashTab = page.getByRole('navigation', { name: 'Library sections' }).getByRole('link', { name: /Trash/ });
    await planRow(page, VI).getByRole('button', { name: 'Move to Trash' }).click();
    await expect(notice(page)).toContainText(`“${VI}” moved to the Trash.`);
    await expect(planRow(page, VI)).toHaveCount(0);
    await expect(trashTab).toHaveText(/^Trash\s*1$/);

    await reloadLibrary(page);
    await expect(planRow(page, VI)).toHaveCount(0);
    await trashTab.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
    await expect(titleLinks(page)).toHaveText([VI]);
    // Trashed plans don't open: the title is not a link.
    await expect(planRow(page, VI).getByRole('link')).toHaveCount(0);
    await planRow(page, VI).getByRole('button', { name: 'Restore' }).click();
    await expect(notice(page)).toContainText(`“${VI}” is back in your plans.`);
    await expect(page.getByText('The Trash is empty.')).toBeVisible();

    await reloadLibrary(page);
    await expect(page.getByText('The Trash is empty.')).toBeVisible();
    await page.getByRole('link', { name: 'Plans', exact: true }).click();
    await expect(planRow(page, VI).getByRole('link', { name: VI })).toBeVisible();
    await expect(titleLinks(page)).toHaveCount(2);
  });

  test('a trashed plan deleted forever is gone after confirming, also after a reload', async ({ page }) => {
    await planRow(page, ZH).getByRole('button', { name: 'Move to Trash' }).click();
    await expect(planRow(page, ZH)).toHaveCount(0);
    await page.getByRole('link', { name: /Trash/ }).click();
    await planRow(page, ZH).getByRole('button', { name: 'Delete forever' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete “${ZH}” forever?` });
    await expect(confirm).toBeVisible();
    // Cancel has the focus, so a stray Enter is harmless.
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Delete forever' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(notice(page)).toContainText(`“${ZH}” was deleted forever.`);
    await expect(page.getByText('The Trash is empty.')).toBeVisible();

    await reloadLibrary(page);
    await expect(page.getByText('The Trash is empty.')).toBeVisible();
    await page.getByRole('link', { name: 'Plans', exact: true }).click();
    await expect(titleLinks(page)).toHaveText([VI]);
  });
});
