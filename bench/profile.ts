import type { Page } from 'playwright-core';

/** First run asks who is working: answer as a marketing lead, as a person would, and wait for the library. */
export async function startAsMarketing(page: Page): Promise<void> {
  const name = page.getByRole('textbox', { name: 'Your name' });
  const library = page.getByRole('heading', { level: 1, name: 'Plans' });
  await name.or(library).first().waitFor();
  if (await name.isVisible()) {
    await name.fill('Bench');
    await page.getByRole('radio', { name: /^Marketing/ }).check();
    await page.getByRole('button', { name: 'Start working' }).click();
  }
  await library.waitFor();
}
