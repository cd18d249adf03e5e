import { expect, test } from '@playwright/test';
import { createPlan, openLibrary } from './support/app';

test('Shift+/ opens the keyboard shortcuts overlay, which lists Undo as Ctrl+Z; Esc closes it', async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, 'Phím tắt 快捷鍵', 'Blank plan');

  await page.keyboard.press('Shift+Slash');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts and gestures' });
  await expect(overlay).toBeVisible();
  const undo = overlay.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Undo', exact: true }) });
  await expect(undo).toHaveCount(1);
  await expect(undo.getByRole('cell')).toHaveText('Ctrl+Z');
  await expect(overlay.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Redo', exact: true }) })).toContainText(
    'Ctrl+Shift+Z',
  );
  await expect(overlay.getByRole('button', { name: 'Close' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);

  // It opens again (the shortcut still works after closing), and from the toolbar button too.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(overlay).toBeVisible();
  await overlay.getByRole('button', { name: 'Close' }).click();
  await expect(overlay).toHaveCount(0);
  await page.keyboard.press('Shift+Slash');
  await expect(overlay).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
});
