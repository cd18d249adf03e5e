import { expect, test, type Page } from '@playwright/test';
import { RESOURCES } from '../../shared/i18n/resources';
import { createPlan, expectSaved, openLibrary } from './support/app';
import {
  briefPreview,
  downloaded,
  expectBriefReady,
  FIELD_TEXT,
  HOSTILE_EVIDENCE,
  openBrief,
  pdfFonts,
  pdfInfo,
  pdfOutline,
  pdfText,
  printBrief,
  seedReviewedPlan,
  shelfPhoto,
} from './support/brief';
import { addProfile, planStatus, reviewForm, signOff, statusPanel, subjectTitle, switchProfile } from './support/review';

/**
 * The joint brief: a plan reviewed by sales and signed by both sides, printed to PDF by
 * Chromium from the brief view (the same print CSS, header and page numbers Electron uses),
 * and read back with poppler: sections, sign-offs, bookmarks, hostile text printed as text,
 * Chinese and Vietnamese extractable; and the Markdown, CSV and image exports.
 */

const PLAN = 'Q1 launch · <b>bold</b> & “quotes”';
const MAI = 'Mai Trần · Marketing';
const BINH = 'Bình Nguyễn · Sales';

/** The brief's parts, each a bookmark, in the order they print. */
function partTitles(language: keyof typeof RESOURCES): string[] {
  const b = RESOURCES[language].brief;
  return [b.toc.heading, b.summary.heading, b.diagram.heading, b.pairs.heading, b.register.heading, b.suggestions.heading, b.evidence.heading];
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** Every font in the PDF is embedded and maps its glyphs back to Unicode (so text can be searched and copied). */
function expectFontsEmbedded(pdf: string) {
  const rows = pdfFonts(pdf).split('\n').slice(2).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row, row).toMatch(/\s(yes)\s+(yes|no)\s+(yes)\s+\d+\s+\d+\s*$/);
}

async function reviewAndAgree(page: Page) {
  await openLibrary(page, { name: 'Mai Trần', role: 'Marketing' });
  const planId = await createPlan(page, PLAN);
  await (await statusPanel(page)).getByRole('button', { name: 'Send to field review' }).click();
  await expect(planStatus(page, 'In field review')).toBeVisible();
  await expectSaved(page);

  await addProfile(page, 'Bình Nguyễn', 'Sales');
  await page.getByRole('button', { name: 'Review mode' }).click();
  const form = reviewForm(page);
  const first = (await subjectTitle(page).innerText()).trim();
  await page.locator('body').press('3');
  await form.getByRole('textbox', { name: 'Customer objections heard' }).fill('Khách chê giá cao hơn đối thủ 20%');
  await form.getByRole('textbox', { name: 'Competitor evidence' }).fill(HOSTILE_EVIDENCE);
  await form.getByLabel('Add photos or PDFs').setInputFiles({ name: 'kệ hàng.png', mimeType: 'image/png', buffer: shelfPhoto() });
  await expect(form.getByRole('button', { name: 'Remove kệ hàng.png' })).toBeVisible();
  await form.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText(`Review of “${first}” saved.`)).toBeVisible();
  await expect(subjectTitle(page)).not.toHaveText(first);
  await page.locator('body').press('2');
  await form.getByRole('textbox', { name: 'Risks' }).fill('=HYPERLINK("http://evil.example") 渠道还没准备好');
  await form.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText(/^2 of \d+ reviewed$/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to canvas' }).click();
  await expectSaved(page);

  await signOff(page);
  await switchProfile(page, MAI);
  await signOff(page);
  await expect(planStatus(page, 'Agreed')).toBeVisible();
  await expectSaved(page);
  await switchProfile(page, BINH);
  return planId;
}

test('an agreed plan’s brief: preview, PDF with sections, sign-offs and bookmarks, Markdown, CSV and images', async ({ page }) => {
  test.setTimeout(180_000);
  await reviewAndAgree(page);

  // One click from the editor's toolbar.
  await page.getByRole('button', { name: /^Brief/ }).click();
  await expect(page).toHaveURL(/#\/plan\/[A-Za-z0-9-]+\/brief$/);
  await expectBriefReady(page);
  const preview = briefPreview(page);
  await page.getByRole('combobox', { name: 'Paper size' }).selectOption('A4');
  await expectBriefReady(page);
  await expect(preview.getByRole('heading', { level: 1, name: PLAN })).toBeVisible();
  await expect(preview.getByText('Agreed by marketing and sales')).toBeVisible();
  // Hostile text is shown as text, never run.
  await expect(preview.getByText(HOSTILE_EVIDENCE).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __briefPwned?: number }).__briefPwned)).toBeUndefined();

  // The PDF, as Electron prints it.
  const pdf = test.info().outputPath('brief-en.pdf');
  await printBrief(page, pdf);
  const info = pdfInfo(pdf);
  const pages = Number(info.Pages);
  expect(pages).toBeGreaterThanOrEqual(8);
  expect(pages).toBeLessThanOrEqual(20);
  expect(info.Title).toBe(PLAN);
  expect(info.Tagged).toBe('yes');
  expect(info['Page size']).toMatch(/ pts \(A4\)$/);
  const text = pdfText(pdf);
  for (const part of partTitles('en')) expect(text).toContain(part);
  for (const section of ['Product ↔ Customer', 'Price ↔ Cost', 'Place ↔ Convenience', 'Promotion ↔ Communication']) expect(text).toContain(section);
  expect(text).toContain('Sign-offs');
  expect(text).toMatch(/Mai Trần[\s\S]*signed/);
  expect(text).toMatch(/Bình Nguyễn[\s\S]*signed/);
  // The running header names the plan on every page, its markup as plain text.
  expect(text.split(`Joint campaign brief · ${PLAN}`).length - 1).toBe(pages);
  expect(text).toContain(`Page 1 of ${pages}`);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  expect(text).not.toContain('DRAFT');
  expect(text).toContain('Khách chê giá cao hơn đối thủ 20%');
  expect(text).toContain('<script>window.__briefPwned = 1</script>');
  expect(text).toContain('kệ hàng.png');
  // Bookmarks: the title, every part and section, each element; Chromium drops some spaces in them.
  const outline = pdfOutline(pdf).map(squash);
  expect(outline).toEqual(expect.arrayContaining([PLAN, 'Sign-offs', ...partTitles('en'), '1 Product ↔ Customer', '2.1 Price'].map(squash)));
  expectFontsEmbedded(pdf);

  // Letter paper, chosen in the view.
  await page.getByRole('combobox', { name: 'Paper size' }).selectOption('Letter');
  await expectBriefReady(page);
  const letter = test.info().outputPath('brief-en-letter.pdf');
  await printBrief(page, letter, { paper: 'Letter' });
  expect(pdfInfo(letter)['Page size']).toMatch(/^612 x 792 pts \(letter\)$/);

  // Markdown: the same content, escaped.
  const markdown = (await downloaded(page, () => page.getByRole('button', { name: 'Markdown' }).click())).bytes.toString('utf8');
  expect(markdown).toContain('# Q1 launch · \\<b\\>bold\\</b\\> \\& “quotes”');
  expect(markdown).toContain('## Executive summary');
  expect(markdown).toContain('## 1. Product ↔ Customer');
  expect(markdown).not.toContain('<script>');
  expect(markdown).toContain('Khách chê giá cao hơn đối thủ 20%');

  // CSV: one row per review, UTF-8 with BOM, formulas defused.
  const { bytes: csv, download } = await downloaded(page, () => page.getByRole('button', { name: 'CSV of reviews' }).click());
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csv.toString('utf8');
  expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(1 + 2);
  expect(csvText).toContain(`"'=HYPERLINK(""http://evil.example"") 渠道还没准备好"`);
  expect(csvText).toContain('Khách chê giá cao hơn đối thủ 20%');

  // Images of the plan: SVG (vector, escaped text) and PNG.
  const svg = (await downloaded(page, () => page.getByRole('button', { name: 'SVG image' }).click())).bytes.toString('utf8');
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain('Not feasible');
  const png = (await downloaded(page, () => page.getByRole('button', { name: 'PNG image' }).click())).bytes;
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBeGreaterThan(500); // width: twice the plan's size
  await expect(page.getByRole('status').filter({ hasText: /^Saved .*\.png\.$/ })).toBeVisible();
});

for (const language of ['zh-Hant', 'zh-Hans', 'vi'] as const) {
  test(`a plan written in ${language}: a draft brief in ${language}, text extractable`, async ({ page }) => {
    test.setTimeout(90_000);
    await openLibrary(page);
    const planId = await seedReviewedPlan(page, language);
    await openBrief(page, planId);
    await page.getByRole('combobox', { name: 'Brief language' }).selectOption(language);
    await page.getByRole('combobox', { name: 'Paper size' }).selectOption('A4');
    await expectBriefReady(page);
    const words = FIELD_TEXT[language];
    const b = RESOURCES[language].brief;
    await expect(briefPreview(page).getByRole('heading', { level: 1, name: words.title })).toBeVisible();
    await expect(briefPreview(page).locator('article.brief-doc')).toHaveAttribute('lang', language);

    const pdf = test.info().outputPath(`brief-${language}.pdf`);
    await printBrief(page, pdf);
    const info = pdfInfo(pdf);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(20);
    const text = pdfText(pdf);
    // Searchable text without spaces inside words: CJK and stacked Vietnamese marks come out whole.
    const flat = text.replace(/\s+/g, '');
    for (const part of partTitles(language)) expect(flat).toContain(part.replace(/\s+/g, ''));
    for (const phrase of [words.title, words.objection, words.risk, words.decision, words.body, RESOURCES[language].templates.frame.priceCost]) {
      expect(flat).toContain(phrase.replace(/\s+/g, ''));
    }
    expect(text).toContain(b.cover.draft);
    expect(flat).toContain(b.print.pageOf.replace('{{page}}', '1').replace('{{total}}', String(pages)).replace(/\s+/g, ''));
    expect(flat).toContain(b.signoff.missing.replace('{{role}}', RESOURCES[language].profile.role.sales).replace(/\s+/g, ''));
    expect(flat).toContain('<script>window.__briefPwned=1</script>');
    expect(pdfOutline(pdf).map(squash)).toEqual(expect.arrayContaining([words.title, ...partTitles(language)].map(squash)));
    expectFontsEmbedded(pdf);
  });
}
