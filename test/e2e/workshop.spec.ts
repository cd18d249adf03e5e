import { expect, test, type Locator, type Page } from '@playwright/test';
import axe from 'axe-core';
import { WEB_ORIGIN } from '../chromium';
import { addProfile, reviewForm, subjectTitle, switchProfile } from './support/review';
import { canvasSnapshot, clickNode, createPlan, dragBetween, centreOf, expectEditorReady, expectSaved, flowPosition, inspector, nodeByTitle, openLibrary } from './support/app';

/**
 * A planning workshop at one laptop, as the room runs it: a plan from a template, ideas
 * captured as sticky notes and turned into elements, a timed step, a dot vote with three
 * participants, the facilitator lock, and the plan presented on a projector by keyboard,
 * with a reload in the middle that loses nothing. Screenshots of presentation mode in
 * Traditional Chinese and Vietnamese go to $WORKSHOP_SHOTS when it is set.
 */

const PLAN = 'Tết 2027 · Workshop 工作坊';
const IDEAS = ['Combo văn phòng mua 2 tặng 1', '試吃活動：週末超市', 'Livestream with KOL'];
const SHOTS = process.env.WORKSHOP_SHOTS;

function bar(page: Page): Locator {
  return page.getByRole('region', { name: 'Workshop tools' });
}

function votePanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Dot vote' });
}

function timerClock(page: Page): Locator {
  return bar(page).getByRole('timer');
}

function notice(page: Page): Locator {
  return bar(page).getByRole('status');
}

async function reload(page: Page) {
  await page.reload();
  await expectEditorReady(page, PLAN);
}

/** Seconds left on the workshop timer, from its accessible name ("01:59 left"). */
async function secondsLeft(page: Page): Promise<number> {
  const label = (await timerClock(page).getAttribute('aria-label')) ?? '';
  const match = /(\d+):(\d\d)/.exec(label);
  if (!match) throw new Error(`No time in "${label}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

async function voteAs(page: Page, name: string) {
  await votePanel(page).getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  await expect(page.getByText(`Voting as ${name}`)).toBeVisible();
}

/** Clicks a node's title, as a participant does to give it a dot. */
async function dot(page: Page, title: string) {
  await clickNode(page, nodeByTitle(page, title));
}

function dotsOn(page: Page, title: string): Locator {
  return nodeByTitle(page, title).locator('.vote-badge__count');
}

function resultRows(page: Page): Locator {
  return votePanel(page).getByRole('list', { name: 'Results' }).getByRole('listitem');
}

/** axe-core (WCAG 2.1 A/AA and best practices) on the parts of the page this feature draws. */
async function expectAccessible(page: Page, selectors: string[], what: string) {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (include) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run({ include: include.map((s) => [s]) } as never, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, selectors);
  expect(violations, `axe on ${what}`).toEqual([]);
}

async function viewportTransform(page: Page): Promise<string> {
  return page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
}

test('a workshop: capture, turn into elements, a timed step, a dot vote, a lock and a presentation', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.install();

  await openLibrary(page, { name: 'Mai Trần', role: 'Marketing' });
  await createPlan(page, PLAN, '4P↔4C paired plan');
  await expect(bar(page)).toBeVisible();

  // Quick capture: Q puts the keyboard in the capture line; each Enter drops a note into the
  // selected frame, which grows to hold them and pushes the frames below it down.
  const firstFrame = nodeByTitle(page, 'Product ↔ Customer');
  const secondFrame = nodeByTitle(page, 'Price ↔ Cost');
  const secondBefore = await flowPosition(secondFrame);
  await clickNode(page, firstFrame);
  await page.keyboard.press('q');
  const capture = bar(page).getByRole('textbox', { name: 'Quick capture' });
  await expect(capture).toBeFocused();
  for (const idea of IDEAS) {
    await capture.fill(idea);
    await capture.press('Enter');
    await expect(nodeByTitle(page, idea)).toBeVisible();
  }
  await expect(capture).toHaveValue('');
  await expectSaved(page);
  const snapshot = await canvasSnapshot(page);
  for (const idea of IDEAS) {
    expect(snapshot.elements.find((e) => e.title === idea)).toMatchObject({ frame: 'Product ↔ Customer' });
    await expect(nodeByTitle(page, idea).locator('.element-node')).toHaveAttribute('data-kind', 'note');
  }
  expect((await flowPosition(secondFrame)).y).toBeGreaterThan(secondBefore.y);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/workshop-capture.png` });

  // Turn two notes into typed elements: an ordinary, undoable edit of their kind.
  await clickNode(page, nodeByTitle(page, IDEAS[0]!));
  await inspector(page).getByRole('combobox', { name: 'Turn into' }).selectOption({ label: 'Tactic' });
  await expect(nodeByTitle(page, IDEAS[0]!).locator('.element-node')).toHaveAttribute('data-kind', 'tactic');
  await expect(inspector(page).getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(nodeByTitle(page, IDEAS[0]!).locator('.element-node')).toHaveAttribute('data-kind', 'note');
  await page.keyboard.press('Control+Shift+z');
  await expect(nodeByTitle(page, IDEAS[0]!).locator('.element-node')).toHaveAttribute('data-kind', 'tactic');
  await clickNode(page, nodeByTitle(page, IDEAS[1]!));
  await inspector(page).getByRole('combobox', { name: 'Turn into' }).selectOption({ label: 'Promotion' });
  await expect(nodeByTitle(page, IDEAS[1]!).locator('.element-node')).toHaveAttribute('data-kind', 'promotion');

  // A timed step: five minutes, started; the clock runs on the wall clock.
  const minutes = bar(page).getByRole('spinbutton', { name: 'Minutes' });
  await minutes.fill('5');
  await bar(page).getByRole('button', { name: 'Start the timer' }).click();
  await expect(timerClock(page)).toHaveAttribute('aria-label', /^0[45]:\d\d left$/);
  await page.clock.fastForward('01:00');
  await expect(timerClock(page)).toHaveAttribute('aria-label', /^0[34]:\d\d left$/);
  expect(await secondsLeft(page)).toBeLessThanOrEqual(240);

  // A dot vote: three participants, two dots each.
  await bar(page).getByRole('button', { name: 'Dot vote' }).click();
  await expect(votePanel(page)).toBeVisible();
  await votePanel(page).getByRole('textbox', { name: 'Question (optional)' }).fill('Quý này tập trung vào đâu? 先做哪一個？');
  await votePanel(page).getByRole('textbox', { name: 'Participants' }).fill('Mai\nBình\nLan');
  await votePanel(page).getByRole('spinbutton', { name: 'Dots each' }).fill('2');
  await votePanel(page).getByRole('button', { name: 'Start the vote' }).click();
  await expect(votePanel(page).getByRole('radio')).toHaveCount(4);

  await voteAs(page, 'Mai');
  await dot(page, 'Price');
  await dot(page, 'Customer value');
  await expect(votePanel(page).getByText('0 dots left')).toBeVisible();
  await voteAs(page, 'Bình');
  await dot(page, 'Price');
  // The + on a node gives a dot too, and − takes it back.
  await nodeByTitle(page, IDEAS[0]!).getByRole('button', { name: 'Give a dot from Bình' }).click();
  await expect(dotsOn(page, IDEAS[0]!)).toHaveText('1');
  await nodeByTitle(page, IDEAS[0]!).getByRole('button', { name: 'Take back a dot from Bình' }).click();
  await expect(dotsOn(page, IDEAS[0]!)).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/workshop-voting.png` });
  await expectAccessible(page, ['.workshop-bar', '.vote-panel', '.workshop-status', '.vote-badge', '.panel-tab'], 'the workshop aids while voting');
  await dot(page, IDEAS[0]!);
  await expectSaved(page);

  // A reload in the middle of the vote and the timed step loses nothing.
  const beforeReload = await secondsLeft(page);
  await reload(page);
  await expect(nodeByTitle(page, IDEAS[0]!).locator('.element-node')).toHaveAttribute('data-kind', 'tactic');
  await expect(nodeByTitle(page, IDEAS[2]!)).toBeVisible();
  await expect(dotsOn(page, 'Price')).toHaveText('2');
  await expect(dotsOn(page, 'Customer value')).toHaveText('1');
  await expect(dotsOn(page, IDEAS[0]!)).toHaveText('1');
  expect(await secondsLeft(page)).toBeLessThanOrEqual(beforeReload);
  await expect(page.getByText('Voting as Bình')).toBeVisible();

  await bar(page).getByRole('button', { name: /Bình/ }).click();
  await voteAs(page, 'Lan');
  await dot(page, 'Price');
  await dot(page, 'Customer value');
  // Lan's dots are used up: a third is refused, with a word why.
  await dot(page, IDEAS[2]!);
  await expect(notice(page)).toHaveText('Lan has no dots left.');
  await expect(dotsOn(page, IDEAS[2]!)).toHaveCount(0);

  // Results: sorted, counted, attributed.
  await expect(resultRows(page)).toHaveCount(3);
  await expect(resultRows(page).nth(0)).toContainText('Price');
  await expect(resultRows(page).nth(0)).toContainText('3 dots');
  await expect(resultRows(page).nth(0)).toContainText('From Mai, Bình, Lan');
  await expect(resultRows(page).nth(1)).toContainText('Customer value');
  await expect(resultRows(page).nth(1)).toContainText('2 dots');
  await expect(resultRows(page).nth(2)).toContainText(IDEAS[0]!);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/workshop-results.png` });
  await votePanel(page).getByRole('button', { name: 'Finish the vote' }).click();
  await expect(votePanel(page).getByText('Vote finished. The results stand.')).toBeVisible();
  await expect(page.getByText(/^Voting as/)).toHaveCount(0);
  await votePanel(page).getByRole('button', { name: 'Close the dot vote panel' }).click();

  // The timed step runs out: the clock stops at zero and says so.
  await bar(page).getByRole('button', { name: 'Pause the timer' }).click();
  const paused = await secondsLeft(page);
  await page.clock.fastForward('02:00');
  expect(await timerClock(page).getAttribute('aria-label')).toMatch(/^Paused at /);
  expect(await secondsLeft(page)).toBe(paused);
  await bar(page).getByRole('button', { name: 'Resume the timer' }).click();
  await page.clock.fastForward('05:00');
  await expect(timerClock(page)).toHaveAttribute('aria-label', 'Time’s up');
  await expect(timerClock(page)).toHaveText('00:00');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/workshop-timesup.png` });
  await bar(page).getByRole('button', { name: 'Reset the timer' }).click();
  await expect(bar(page).getByRole('spinbutton', { name: 'Minutes' })).toHaveValue('5');

  // The facilitator lock: nothing moves, by pointer or by layout, until it is lifted.
  await bar(page).getByRole('button', { name: 'Lock positions' }).click();
  await expect(page.getByText('Positions locked', { exact: true })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/workshop-locked.png` });
  const price = nodeByTitle(page, 'Price');
  const before = await flowPosition(price);
  const from = await centreOf(price.locator('.element-node__title'));
  await dragBetween(page, from, { x: from.x + 120, y: from.y + 80 });
  expect(await flowPosition(price)).toEqual(before);
  await clickNode(page, price);
  await price.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  expect(await flowPosition(price)).toEqual(before);
  await expect(page.getByRole('button', { name: 'Tidy up (automatic layout)' })).toBeDisabled();
  await page.keyboard.press('Control+Shift+l');
  await expect(notice(page)).toHaveText('Positions are locked. Unlock them to move or tidy up.');
  await reload(page);
  await expect(page.getByText('Positions locked', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Unlock positions' }).click();
  await expect(page.getByText('Positions locked', { exact: true })).toHaveCount(0);

  // On a 1366×768 screen the side panels fold away to give the canvas the room, and stay folded.
  const canvasWidth = () => page.getByRole('main', { name: 'Plan canvas' }).evaluate((el) => el.clientWidth);
  const narrow = await canvasWidth();
  await page.getByRole('button', { name: 'Hide “Add elements”' }).click();
  await page.getByRole('button', { name: 'Hide the inspector' }).click();
  await expect(page.getByRole('navigation', { name: 'Add elements' })).toHaveCount(0);
  await expect(inspector(page)).toHaveCount(0);
  expect(await canvasWidth()).toBeGreaterThan(narrow + 400);
  await bar(page).getByRole('button', { name: 'Hide workshop tools' }).click();
  await expect(bar(page)).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/workshop-room.png` });
  await reload(page);
  await expect(inspector(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Show workshop tools' }).click();
  await page.getByRole('button', { name: 'Show “Add elements”' }).click();
  await page.getByRole('button', { name: 'Show the inspector' }).click();
  await expect(inspector(page)).toBeVisible();
  await expect(bar(page)).toBeVisible();

  // Presentation mode, stepped through by keyboard: overview, then the frames in reading order.
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page).toHaveURL(/#\/plan\/[A-Za-z0-9-]+\/present/);
  const controls = page.getByRole('navigation', { name: 'Presentation controls' });
  await expect(controls.getByText('1 / 5')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.locator('.react-flow__node-element')).not.toHaveCount(0);
  const overview = await viewportTransform(page);
  await page.keyboard.press('ArrowRight');
  await expect(controls.getByText('2 / 5')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Product ↔ Customer' })).toBeVisible();
  await expect.poll(() => viewportTransform(page)).not.toBe(overview);
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 1, name: 'Price ↔ Cost' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(controls.getByText('4 / 5')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(controls.getByText('3 / 5')).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('heading', { level: 1, name: 'Promotion ↔ Communication' })).toBeVisible();
  // O shows the overview, and O again returns to the step.
  await page.keyboard.press('o');
  await expect(controls.getByText('1 / 5')).toBeVisible();
  await page.keyboard.press('o');
  await expect(controls.getByText('5 / 5')).toBeVisible();
  // The presentation is read-only: no dragging, no selecting.
  const promotion = nodeByTitle(page, 'Promotion');
  const promotionAt = await flowPosition(promotion);
  const grip = await centreOf(promotion.locator('.element-node__title'));
  await dragBetween(page, grip, { x: grip.x + 100, y: grip.y + 60 });
  expect(await flowPosition(promotion)).toEqual(promotionAt);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  // Votes are shown; verdicts and objections appear with T.
  await page.keyboard.press('Home');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(dotsOn(page, 'Price')).toHaveText('3');
  await page.keyboard.press('t');
  await expect(page.getByRole('complementary', { name: 'On this step' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/present-en-reviews.png` });
  await expect(page.getByRole('button', { name: 'Verdicts and objections (T)' })).toHaveAttribute('aria-pressed', 'true');
  // A reload keeps the presenter's place.
  await page.reload();
  await expect(controls.getByText('3 / 5')).toBeVisible();
  await page.keyboard.press('Escape');
  await expectEditorReady(page, PLAN);
});

test('presentation mode reads well on a 1366×768 projector in Chinese and Vietnamese', async ({ page }) => {
  test.setTimeout(120_000);
  await openLibrary(page, { name: 'Lan', role: 'Marketing' });
  await createPlan(page, 'Tết 2027 · Trình chiếu', 'Campaign launch');
  const planUrl = page.url();
  // A rep objects to the first element of the marketing mix, so T has something to show.
  await addProfile(page, 'Bình Nguyễn', 'Sales');
  await page.getByRole('button', { name: 'Review mode' }).click();
  const first = (await subjectTitle(page).innerText()).trim();
  await page.locator('body').press('3');
  await reviewForm(page).getByRole('textbox', { name: 'Customer objections heard' }).fill('Khách chê giá cao hơn đối thủ 20% · 價格比對手高兩成');
  await reviewForm(page).getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText(`Review of “${first}” saved.`)).toBeVisible();
  await switchProfile(page, 'Lan · Marketing');
  for (const [language, theme] of [
    ['zh-Hant', 'light'],
    ['vi', 'dark'],
  ] as const) {
    await page.evaluate(
      ({ lng, mode }) => {
        localStorage.setItem('campaign-workbench.language', lng);
        localStorage.setItem('campaign-workbench.theme', mode);
      },
      { lng: language, mode: theme },
    );
    await page.goto(`${planUrl}/present/3`);
    await page.reload();
    const controls = page.locator('.presentation__bar');
    await expect(controls.getByText('3 / 4')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.waitForTimeout(900);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/present-${language}.png` });
    // Legible at the zoom presentation mode uses: card titles at least 20 screen pixels.
    const titleSize = await page.locator('.react-flow__node-element .element-node__title').first().evaluate((el) => {
      const zoom = el.getBoundingClientRect().height / (el as HTMLElement).offsetHeight;
      return Number.parseFloat(getComputedStyle(el).fontSize) * zoom;
    });
    expect(titleSize).toBeGreaterThanOrEqual(20);
    // The bar's text fits: the step title is not cut off.
    const title = page.getByRole('heading', { level: 1 });
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await page.keyboard.press('t');
    await expect(page.locator('.step-reviews blockquote')).toContainText('價格比對手高兩成');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/present-${language}-reviews.png` });
    await expectAccessible(page, ['.presentation'], `presentation mode (${language}, ${theme})`);
    await page.keyboard.press('Home');
    await expect(controls.getByText('1 / 4')).toBeVisible();
    await page.waitForTimeout(900);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/present-${language}-overview.png` });
    await page.keyboard.press('Escape');
    await expect(page.locator('.editor-toolbar')).toBeVisible();
    // By structure, in the language under test: open the vote (a new one after the first
    // language's), pick the first voter, and lock positions.
    await page.locator('.workshop-bar button[aria-expanded]').click();
    if (language !== 'zh-Hant') await page.locator('.vote-panel__actions button').last().click();
    await page.locator('.vote-panel textarea').fill('Lan\nBình\nMai');
    await page.locator('.vote-panel button[type="submit"]').click();
    await page.locator('.vote-panel input[type="radio"]').first().check();
    const lock = page.locator('.workshop-bar__lock');
    if ((await lock.getAttribute('aria-pressed')) !== 'true') await lock.click();
    await expect(page.locator('.workshop-status__chip')).toHaveCount(2);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/editor-${language}.png` });
    await expectAccessible(page, ['.workshop-bar', '.vote-panel', '.workshop-status', '.panel-tab'], `workshop aids (${language}, ${theme})`);
    await page.goto(`${WEB_ORIGIN}/#/`);
  }
});
