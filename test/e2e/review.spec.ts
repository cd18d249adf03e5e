import { expect, test, type Page } from '@playwright/test';
import { clickNode, createPlan, expectEditorReady, expectSaved, inspector, nodeByTitle, openLibrary } from './support/app';
import {
  addProfile,
  planStatus,
  PIXEL_PNG,
  reviewForm,
  reviewsTab,
  signOff,
  statusPanel,
  subjectTitle,
  switchProfile,
} from './support/review';

/**
 * The feasibility-review loop on one laptop, as its people play it, with a reload between
 * steps: marketing drafts and sends the plan to field review; a sales rep walks review mode
 * giving verdicts with evidence, an attachment and two suggestions; marketing accepts one
 * and rejects the other, answers and resolves the threads; both sign and the plan is
 * Agreed; an edit afterwards voids the sign-offs.
 */

const PLAN = 'Tết 2027 · 新年檔期';
const MAI = 'Mai Trần · Marketing';
const BINH = 'Bình Nguyễn · Sales';

async function reload(page: Page) {
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

test('marketing and sales review a plan to agreement, and a later edit voids it', async ({ page }) => {
  test.setTimeout(180_000);

  // Marketing drafts from a template and sends it to field review.
  await openLibrary(page, { name: 'Mai Trần', role: 'Marketing' });
  await createPlan(page, PLAN);
  await expect(planStatus(page, 'Draft')).toBeVisible();
  await (await statusPanel(page)).getByRole('button', { name: 'Send to field review' }).click();
  await expect(planStatus(page, 'In field review')).toBeVisible();
  await expectSaved(page);
  await reload(page);
  await expectEditorReady(page, PLAN);
  await expect(planStatus(page, 'In field review')).toBeVisible();

  // A sales rep takes over the laptop. Sales cannot edit content: no palette.
  await addProfile(page, 'Bình Nguyễn', 'Sales');
  await expect(page.getByRole('navigation', { name: 'Add elements' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Review mode' }).click();
  await expect(page.getByText(/^0 of \d+ reviewed$/)).toBeVisible();

  // First element: not feasible, with an objection, a photo of the shelf and a suggested title.
  const first = (await subjectTitle(page).innerText()).trim();
  const form = reviewForm(page);
  // Saving without a verdict is refused with a message, and nothing is written.
  await form.getByRole('button', { name: 'Save review' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Choose a verdict before saving the review.' })).toBeVisible();
  await page.locator('body').press('3');
  await expect(form.getByRole('radio', { name: 'Not feasible', exact: true })).toBeChecked();
  await form.getByRole('textbox', { name: 'Customer objections heard' }).fill('Khách chê giá cao hơn đối thủ 20%');
  await form.getByRole('textbox', { name: 'Competitor evidence' }).fill('<b>Rival</b> runs 買一送一 at every 7-Eleven');
  // A video is refused at once; the photo is taken.
  const files = form.getByLabel('Add photos or PDFs');
  await files.setInputFiles({ name: 'clip.mp4', mimeType: 'video/mp4', buffer: Buffer.from('not a picture') });
  await expect(form.getByRole('alert').filter({ hasText: '“clip.mp4” is not an image or a PDF' })).toBeVisible();
  await files.setInputFiles({ name: 'kệ hàng.png', mimeType: 'image/png', buffer: PIXEL_PNG });
  await expect(form.getByRole('button', { name: 'Remove kệ hàng.png' })).toBeVisible();
  await form.getByRole('button', { name: 'Add a suggested change' }).click();
  const firstSuggestion = form.getByRole('group', { name: 'Suggested change 1' });
  await firstSuggestion.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Title' });
  await firstSuggestion.getByRole('textbox', { name: 'Proposed value' }).fill('Giá theo gói 3 tháng');
  await form.getByRole('textbox', { name: 'Customer objections heard' }).press('Control+Enter');
  await expect(page.getByText(`Review of “${first}” saved.`)).toBeVisible();

  // Second element: feasible with changes, with a suggestion that marketing will reject.
  await expect(subjectTitle(page)).not.toHaveText(first);
  const second = (await subjectTitle(page).innerText()).trim();
  await page.locator('body').press('2');
  await form.getByRole('textbox', { name: 'Risks' }).fill('Kênh phân phối chưa sẵn sàng');
  await form.getByRole('button', { name: 'Add a suggested change' }).click();
  const secondSuggestion = form.getByRole('group', { name: 'Suggested change 1' });
  await secondSuggestion.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Title' });
  await secondSuggestion.getByRole('textbox', { name: 'Proposed value' }).fill('只在便利商店上架');
  await form.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText(`Review of “${second}” saved.`)).toBeVisible();

  // Third: feasible, confidence 5.
  await expect(subjectTitle(page)).not.toHaveText(second);
  await page.locator('body').press('1');
  await form.getByRole('group', { name: 'Confidence' }).getByRole('radio', { name: '5' }).check();
  await form.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText(/^3 of \d+ reviewed$/)).toBeVisible();

  // Everything is on disk: a reload keeps the progress.
  await expectSaved(page).catch(() => undefined);
  await reload(page);
  await expect(page.getByText(/^3 of \d+ reviewed$/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to canvas' }).click();
  await expectEditorReady(page, PLAN);
  // The canvas shows the verdicts.
  await expect(nodeByTitle(page, first).locator('.review-badge')).toContainText('Not feasible');

  // Marketing takes the laptop back, accepts the first suggestion and rejects the second.
  await switchProfile(page, MAI);
  await clickNode(page, nodeByTitle(page, first));
  let reviews = await reviewsTab(page);
  const binhCard = reviews.getByRole('article', { name: BINH });
  await expect(binhCard).toContainText('Khách chê giá cao hơn đối thủ 20%');
  // Hostile text is shown as text.
  await expect(binhCard).toContainText('<b>Rival</b> runs 買一送一 at every 7-Eleven');
  await expect(binhCard.getByRole('button', { name: 'Open kệ hàng.png' })).toBeVisible();
  await binhCard.getByRole('button', { name: 'Accept' }).click();
  await expect(binhCard.getByRole('listitem').filter({ hasText: 'Accepted' })).toBeVisible();
  await expect(nodeByTitle(page, 'Giá theo gói 3 tháng')).toBeVisible();
  // Answer the thread and resolve it with the decision.
  await binhCard.getByRole('button', { name: 'Reply' }).click();
  await binhCard.getByRole('textbox', { name: 'Your reply' }).fill('Cảm ơn, đã đổi sang gói 3 tháng.');
  await binhCard.getByRole('button', { name: 'Send reply' }).click();
  await expect(binhCard).toContainText('Cảm ơn, đã đổi sang gói 3 tháng.');
  await binhCard.getByRole('button', { name: 'Resolve…' }).click();
  await binhCard.getByRole('textbox', { name: 'Decision note' }).fill('Price as a 3-month bundle.');
  await binhCard.getByRole('button', { name: 'Resolve', exact: true }).click();
  await expect(binhCard.getByRole('button', { name: 'Reopen' })).toBeVisible();

  await clickNode(page, nodeByTitle(page, second));
  reviews = await reviewsTab(page);
  const secondCard = reviews.getByRole('article', { name: BINH });
  await secondCard.getByRole('button', { name: 'Reject' }).click();
  // A rejection needs a reason.
  await secondCard.getByRole('button', { name: 'Reject suggestion' }).click();
  await expect(secondCard.getByRole('alert').filter({ hasText: 'Say why the suggestion is rejected.' })).toBeVisible();
  await secondCard.getByRole('textbox', { name: 'Reason for rejecting' }).fill('Brand rules: keep the original name.');
  await secondCard.getByRole('button', { name: 'Reject suggestion' }).click();
  await expect(secondCard.getByRole('listitem').filter({ hasText: 'Rejected' })).toBeVisible();
  await expect(nodeByTitle(page, second)).toBeVisible();
  await expectSaved(page);

  await reload(page);
  await expectEditorReady(page, PLAN);
  await expect(nodeByTitle(page, 'Giá theo gói 3 tháng')).toBeVisible();
  await expect(nodeByTitle(page, '只在便利商店上架')).toHaveCount(0);

  // Both sign: marketing first, then sales. The plan is Agreed.
  await signOff(page);
  await expect((await statusPanel(page)).getByText('Needs a sales sign-off')).toBeVisible();
  await switchProfile(page, BINH);
  await signOff(page);
  await expect(planStatus(page, 'Agreed')).toBeVisible();
  await expectSaved(page);
  await reload(page);
  await expectEditorReady(page, PLAN);
  await expect(planStatus(page, 'Agreed')).toBeVisible();

  // Marketing edits the plan afterwards: the sign-offs are void, visibly, and the plan is back in review.
  await switchProfile(page, MAI);
  await clickNode(page, nodeByTitle(page, second));
  await inspector(page).getByRole('tab', { name: 'Details' }).click();
  await inspector(page).getByRole('textbox', { name: 'Title' }).fill(`${second} (v2)`);
  await expect(planStatus(page, 'In field review')).toBeVisible();
  await expect(page.getByText('The plan changed after it was agreed, so its sign-offs are void. It needs signing again.')).toBeVisible();
  await expect((await statusPanel(page)).getByText('void: the plan changed after signing')).toHaveCount(2);
  await expectSaved(page);
  await reload(page);
  await expectEditorReady(page, PLAN);
  await expect(planStatus(page, 'In field review')).toBeVisible();

  // The plan did not change silently: the element's history names who changed what, and the
  // returning rep sees what changed since their last review.
  await clickNode(page, nodeByTitle(page, `${second} (v2)`));
  await inspector(page).getByRole('tab', { name: 'History' }).click();
  const elementHistory = inspector(page).getByRole('list', { name: 'History of this element' });
  await expect(elementHistory.getByRole('listitem').first()).toContainText('Mai Trần · Marketing');
  await expect(elementHistory.getByRole('listitem').first()).toContainText(`“${second}” → “${second} (v2)”`);
  await switchProfile(page, BINH);
  await page.getByRole('button', { name: /^Plan history \(\d+ changes? since your last review\)$/ }).click();
  const history = page.getByRole('complementary', { name: 'Plan history' });
  await history.getByRole('checkbox', { name: 'Since my last review' }).check();
  const since = history.getByRole('list', { name: 'Plan history' });
  await expect(since).toContainText(`${second} (v2)`);
  await expect(since).toContainText('Giá theo gói 3 tháng');
  await expect(since).not.toContainText('Bình Nguyễn');
});
