import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickNode, createPlan, expectSaved, fillProfile, flowPosition, inspector, nodeByTitle, openLibrary } from './support/app';

/**
 * Keyboard first, at one laptop in a workshop: the command palette finds commands and
 * elements (Vietnamese typed without its marks), elements move with the arrow keys as one
 * undoable step, and the dark theme, once chosen, is still there after a reload.
 */

const VI_TITLE = 'Giá trị khách hàng Đà Nẵng';

function palette(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Command palette' });
}

function paletteField(page: Page): Locator {
  return palette(page).getByRole('combobox', { name: 'Find a command or element' });
}

/** The option the palette would run on Enter. */
function activeOption(page: Page): Locator {
  return palette(page).locator('[role="option"][aria-selected="true"]');
}

async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  await expect(paletteField(page)).toBeFocused();
}

/** Where the snap grid (10 plan pixels) puts a position. */
function onGrid(value: number): number {
  return Math.round(value / 10) * 10;
}

function themeOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.theme);
}

function backgroundOf(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test.describe('workbench keyboard', () => {
  test('Ctrl+K finds a command and an element by its Vietnamese name typed without marks; arrows move it as one undo step', async ({ page }) => {
    await openLibrary(page);

    // In the library: the library's commands, no elements; Esc closes and the focus comes back.
    const newWindow = page.getByRole('button', { name: 'New window' });
    await newWindow.focus();
    await openPalette(page);
    await paletteField(page).fill('new plan');
    await expect(activeOption(page)).toContainText('New plan');
    await expect(palette(page).getByRole('option', { name: /Undo/ })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(palette(page)).toHaveCount(0);
    await expect(newWindow).toBeFocused();

    await createPlan(page, 'Bàn phím 鍵盤');
    await clickNode(page, nodeByTitle(page, 'Customer value'));
    await inspector(page).getByRole('textbox', { name: 'Title' }).fill(VI_TITLE);
    await expectSaved(page);
    const node = nodeByTitle(page, VI_TITLE);
    await expect(node).toBeVisible();

    // A command, found loosely ("overview" is in "Show or hide the overview map") and run with Enter.
    await expect(page.locator('.react-flow__minimap')).toHaveCount(1);
    await openPalette(page);
    await paletteField(page).pressSequentially('overview');
    await expect(activeOption(page)).toContainText('Show or hide the overview map');
    await expect(activeOption(page)).toContainText('M');
    await page.keyboard.press('Enter');
    await expect(palette(page)).toHaveCount(0);
    await expect(page.locator('.react-flow__minimap')).toHaveCount(0);

    // Arrow keys walk the list; the field keeps the focus and points at the active option.
    await openPalette(page);
    await paletteField(page).pressSequentially('zoom');
    const zoomOptions = palette(page).getByRole('option');
    await expect(zoomOptions).toHaveCount(3);
    await page.keyboard.press('ArrowDown');
    await expect(zoomOptions.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(paletteField(page)).toHaveAttribute('aria-activedescendant', (await zoomOptions.nth(1).getAttribute('id'))!);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(zoomOptions.nth(2)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(palette(page)).toHaveCount(0);

    // An element by name, typed without Vietnamese marks: chosen, it is selected, centred and focused.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).focus();
    await openPalette(page);
    await paletteField(page).pressSequentially('gia tri khach hang da nang');
    await expect(activeOption(page)).toContainText(VI_TITLE);
    await expect(activeOption(page)).toContainText('Customer');
    await page.screenshot({ path: test.info().outputPath('palette-element.png') });
    await page.keyboard.press('Enter');
    await expect(palette(page)).toHaveCount(0);
    await expect(node).toBeFocused();
    await expect(node).toHaveClass(/selected/);
    await expect(inspector(page).getByRole('textbox', { name: 'Title' })).toHaveValue(VI_TITLE);

    // Arrow keys move it by the grid step (10), Shift+arrow by four; it lands on the grid. Every press is saved.
    const start = await flowPosition(node);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expectSaved(page);
    const moved = await flowPosition(node);
    expect(moved).toEqual({ x: onGrid(start.x + 30), y: onGrid(start.y + 40) });
    await expect(node).toBeFocused();

    // The whole run of presses is one undo step; the rename before it is another.
    await page.keyboard.press('Control+z');
    await expect.poll(() => flowPosition(node)).toEqual(start);
    await expect(node).toBeVisible();
    await page.keyboard.press('Control+y');
    await expect.poll(() => flowPosition(node)).toEqual(moved);
    await page.keyboard.press('Control+z');
    await expect.poll(() => flowPosition(node)).toEqual(start);
    await page.keyboard.press('Control+z');
    await expect(nodeByTitle(page, 'Customer value')).toBeVisible();
    await expectSaved(page);

    // After a reload the position is the one left (nothing waited to be written).
    await page.reload();
    await expect(nodeByTitle(page, 'Customer value')).toBeVisible();
    expect(await flowPosition(nodeByTitle(page, 'Customer value'))).toEqual(start);
  });

  test('a sales profile can walk the canvas with the keyboard but not move elements with the arrows', async ({ page }) => {
    await openLibrary(page);
    await createPlan(page, 'Thẩm định 審閱');
    // The laptop is handed to a sales rep.
    await page.getByRole('combobox', { name: 'Switch profile' }).selectOption({ label: 'Add a profile…' });
    await fillProfile(page, 'Minh', 'Sales');
    await expect(page.getByRole('combobox', { name: 'Switch profile' })).toContainText('Minh');

    const product = nodeByTitle(page, 'Product');
    await product.focus();
    await page.keyboard.press('Enter');
    await expect(product).toHaveClass(/selected/);
    const start = await flowPosition(product);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(product).toBeFocused();
    expect(await flowPosition(product)).toEqual(start);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  });

  test('the theme follows the system, can be set to dark from the header or the palette, and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openLibrary(page);
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await expect(theme).toHaveValue('system');
    expect(await themeOf(page)).toBe('light');

    // "Same as the system" follows a change of the system's setting at once.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => themeOf(page)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => themeOf(page)).toBe('light');
    const lightBackground = await backgroundOf(page);
    await page.screenshot({ path: test.info().outputPath('library-light.png') });

    // Dark, chosen in the library header, holds against a light system and survives a reload.
    await theme.selectOption({ label: 'Dark' });
    await expect.poll(() => themeOf(page)).toBe('dark');
    expect(await backgroundOf(page)).not.toBe(lightBackground);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
    expect(await themeOf(page)).toBe('dark');
    await expect(theme).toHaveValue('dark');
    await page.screenshot({ path: test.info().outputPath('library-dark.png') });
    await createPlan(page, 'Tối 深色 Dark');

    // In the editor: the toolbar has the same switch; the palette offers the themes too.
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    await clickNode(page, nodeByTitle(page, 'Price'));
    await page.screenshot({ path: test.info().outputPath('editor-dark.png') });
    await openPalette(page);
    await paletteField(page).pressSequentially('theme light');
    await expect(activeOption(page)).toContainText('Theme: Light');
    await page.screenshot({ path: test.info().outputPath('palette-dark.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => themeOf(page)).toBe('light');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
    await page.screenshot({ path: test.info().outputPath('editor-light.png') });
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
    expect(await themeOf(page)).toBe('light');
  });
});
