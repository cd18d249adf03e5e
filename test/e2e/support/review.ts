import { expect, type Locator, type Page } from '@playwright/test';
import { fillProfile, inspector, type RoleName } from './app';

/** Steps of the feasibility review, named as the people doing them would say them. */

/** The profile switch in the header (library) or toolbar (editor). */
function profileSwitch(page: Page): Locator {
  return page.getByRole('combobox', { name: /Switch profile/ });
}

export async function addProfile(page: Page, name: string, role: RoleName): Promise<void> {
  await profileSwitch(page).selectOption({ label: 'Add a profile…' });
  await expect(page.getByRole('dialog', { name: 'Add a profile…' })).toBeVisible();
  await fillProfile(page, name, role);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(profileSwitch(page)).toHaveValue(/.+/);
}

export async function switchProfile(page: Page, label: string): Promise<void> {
  await profileSwitch(page).selectOption({ label });
}

/** Opens the status and sign-off panel from the toolbar. */
export async function statusPanel(page: Page): Promise<Locator> {
  const panel = page.getByRole('region', { name: 'Status and sign-off' });
  if (!(await panel.isVisible())) await page.getByRole('button', { name: /^Plan status:/ }).click();
  await expect(panel).toBeVisible();
  return panel;
}

export function planStatus(page: Page, status: 'Draft' | 'In field review' | 'Agreed'): Locator {
  return page.getByRole('button', { name: `Plan status: ${status}` });
}

export async function signOff(page: Page): Promise<void> {
  const panel = await statusPanel(page);
  await panel.getByRole('button', { name: 'Sign off', exact: true }).click();
}

/** The Reviews tab of the inspector, for the element selected on the canvas. */
export async function reviewsTab(page: Page): Promise<Locator> {
  await inspector(page).getByRole('tab', { name: /^Reviews/ }).click();
  return inspector(page).getByRole('tabpanel');
}

/** The review mode's element heading: which element is being reviewed now. */
export function subjectTitle(page: Page): Locator {
  return page.getByRole('main', { name: 'Element under review' }).getByRole('heading', { level: 2 }).first();
}

export function reviewForm(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Your review' });
}

/** A 1×1 PNG: a real image, so the workbench can make its thumbnail. */
export const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
