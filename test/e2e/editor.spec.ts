import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  allNodes,
  backToLibrary,
  canvasSnapshot,
  centreOf,
  clickNode,
  createPlan,
  dragBetween,
  dropFromPalette,
  edges,
  elementNodes,
  expectEditorReady,
  expectNear,
  expectSaved,
  flowPosition,
  frameNodes,
  inspector,
  linkNodes,
  nodeById,
  nodeByTitle,
  openLibrary,
  paletteButton,
  planRow,
} from './support/app';

/**
 * The newcomer path: a plan from the 4P↔4C paired template, edited on the canvas with
 * the inspector, the palette, links, frames, the keyboard and undo, surviving a reload.
 */

const CUSTOMER_TITLE = '顧客價值 Giá trị khách hàng';
const CUSTOMER_BODY = 'Khách hàng muốn mua nhanh, giá rõ ràng；顧客重視方便與信任。';
const PAIRS = [
  ['Product', 'Customer value', 'Product ↔ Customer'],
  ['Price', 'Cost to the customer', 'Price ↔ Cost'],
  ['Place', 'Convenience', 'Place ↔ Convenience'],
  ['Promotion', 'Communication', 'Promotion ↔ Communication'],
] as const;

function coverage(page: Page): Locator {
  return page.getByRole('region', { name: '4P↔4C coverage' });
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }) {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Box of a node on screen; throws if it is not rendered. */
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

function contains(outer: { x: number; y: number; width: number; height: number }, inner: typeof outer) {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}

/** Presses Tab until `target` has the focus, failing after `limit` presses. */
async function tabUntilFocused(page: Page, target: Locator, limit: number) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  await expect(target, `reached within ${limit} Tab presses`).toBeFocused({ timeout: 1 });
}

/** A free column right of everything on the canvas: its x relative to the canvas pane. */
async function freeColumnX(page: Page): Promise<number> {
  const pane = await box(page.locator('.react-flow__pane'));
  const right = Math.max(...(await allNodes(page).evaluateAll((ns) => ns.map((n) => n.getBoundingClientRect().right))));
  const x = right - pane.x + 40;
  expect(x + 160, 'room right of the template for two new elements').toBeLessThan(pane.width);
  return x;
}

/** Two new top-level elements one above the other in the empty space right of the template, linked Segment → Target. */
async function addLinkedPair(page: Page) {
  const x = await freeColumnX(page);
  await dropFromPalette(page, 'Segment', { x, y: 120 });
  await expect(nodeByTitle(page, 'Segment')).toBeVisible();
  await dropFromPalette(page, 'Target', { x, y: 300 });
  await expect(nodeByTitle(page, 'Target')).toBeVisible();
  const before = await edges(page).count();
  await linkNodes(page, nodeByTitle(page, 'Segment'), nodeByTitle(page, 'Target'));
  await expect(edges(page)).toHaveCount(before + 1);
  await expectSaved(page);
}

/** Ctrl-clicks (or Shift-clicks) both nodes, presses Ctrl+G and returns the new frame. */
async function groupInFrame(page: Page, a: Locator, b: Locator, modifier: 'Control' | 'Shift'): Promise<Locator> {
  const framesBefore = await frameNodes(page).evaluateAll((ns) => ns.map((n) => n.getAttribute('data-id')));
  await clickNode(page, a);
  await clickNode(page, b, [modifier]);
  await expect(inspector(page)).toContainText('2 elements selected');
  await page.keyboard.press('Control+g');
  await expect(frameNodes(page)).toHaveCount(framesBefore.length + 1);
  const id = await frameNodes(page).evaluateAll(
    (ns, known) => ns.map((n) => n.getAttribute('data-id')).find((i) => !known.includes(i)),
    framesBefore,
  );
  await expectSaved(page);
  return nodeById(page, id!);
}

test.describe('editor: the 4P↔4C paired plan', () => {
  test('the template shows 8 elements in 4 frames joined by "pairs with" links, and is balanced', async ({ page }) => {
    await openLibrary(page);
    await createPlan(page, '春季新品 4P↔4C');

    await expect(elementNodes(page)).toHaveCount(8);
    await expect(frameNodes(page)).toHaveCount(4);
    await expect(edges(page)).toHaveCount(4);
    await expect(page.locator('.link-label')).toHaveText(Array(4).fill('pairs with'));
    for (const [p, c, frameTitle] of PAIRS) {
      const frame = await box(nodeByTitle(page, frameTitle));
      expect(contains(frame, await box(nodeByTitle(page, p))), `${p} lies in ${frameTitle}`).toBe(true);
      expect(contains(frame, await box(nodeByTitle(page, c))), `${c} lies in ${frameTitle}`).toBe(true);
    }
    await expect(coverage(page)).toContainText('Balanced: every P has its C');
    await expect(coverage(page).getByRole('listitem')).toHaveCount(4);
    for (const item of await coverage(page).getByRole('listitem').all()) {
      await expect(item).toContainText('Covered: both sides are in the plan');
    }
    await page.screenshot({ path: test.info().outputPath('paired-template.png') });
  });

  test('the inspector edits a title and content in Chinese and Vietnamese; typing undoes as one step', async ({ page }) => {
    await openLibrary(page);
    await createPlan(page, 'Inspector 檢視 Kiểm tra');
    const node = nodeByTitle(page, 'Customer value');
    await clickNode(page, node);
    const panel = inspector(page);
    await expect(panel.getByRole('heading', { name: 'Customer' })).toBeVisible();
    const title = panel.getByRole('textbox', { name: 'Title' });
    await expect(title).toHaveValue('Customer value');
    await title.fill(CUSTOMER_TITLE);
    const content = panel.getByRole('textbox', { name: 'Content' });
    await content.click();
    await content.pressSequentially(CUSTOMER_BODY);

    const edited = nodeByTitle(page, CUSTOMER_TITLE);
    await expect(edited.locator('.element-node__title')).toHaveText(CUSTOMER_TITLE);
    await expect(edited.locator('.element-node__body')).toHaveText(CUSTOMER_BODY);
    await expect(page.locator('.react-flow__node')).toHaveCount(12);
    await expectSaved(page);
    await page.screenshot({ path: test.info().outputPath('inspector-edit.png') });

    // Every keystroke was saved, yet the whole run of typing is one undo step.
    await page.keyboard.press('Control+z');
    await expect(edited.locator('.element-node__body')).toHaveCount(0);
    await expect(edited.locator('.element-node__prompt')).toBeVisible();
    await expect(content).toHaveValue('');
    await expect(title).toHaveValue(CUSTOMER_TITLE);
    await page.keyboard.press('Control+z');
    await expect(node.locator('.element-node__title')).toHaveText('Customer value');
    await page.keyboard.press('Control+y');
    await page.keyboard.press('Control+y');
    await expect(edited.locator('.element-node__body')).toHaveText(CUSTOMER_BODY);
    await expectSaved(page);
  });

  test('an element added from the palette with the keyboard can be moved and linked by dragging', async ({ page }) => {
    await openLibrary(page);
    await createPlan(page, 'Palette 調色盤');

    // Keyboard only: from the toolbar's last control, Tab on into the palette and along it to Segment.
    await page.locator('.editor-toolbar').getByRole('combobox', { name: 'Theme' }).focus();
    await tabUntilFocused(page, paletteButton(page, 'Product'), 5);
    await tabUntilFocused(page, paletteButton(page, 'Segment'), 8);
    await page.keyboard.press('Enter');

    const segment = nodeByTitle(page, 'Segment');
    await expect(segment).toBeVisible();
    await expect(elementNodes(page)).toHaveCount(9);
    await expect(inspector(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Segment');
    await expectSaved(page);

    // Move it into the empty space right of the template, then link it to Product.
    const pane = await box(page.locator('.react-flow__pane'));
    const grab = await centreOf(segment.locator('.element-node__title'));
    const offset = grab.x - (await box(segment)).x;
    await dragBetween(page, grab, { x: pane.x + (await freeColumnX(page)) + offset, y: pane.y + 200 });
    await expectSaved(page);
    const moved = await box(segment);
    expect(moved.x, 'Segment now right of the frames').toBeGreaterThan((await box(nodeByTitle(page, 'Product ↔ Customer'))).x + 340);

    await linkNodes(page, segment, nodeByTitle(page, 'Product'));
    await expect(edges(page)).toHaveCount(5);
    await expect(page.locator('.link-label', { hasText: 'leads to' })).toHaveCount(1);
    const { edges: named } = await canvasSnapshot(page);
    expect(named.filter((e) => e.includes('Segment'))).toEqual([expect.stringMatching(/Segment.*Product/)]);
    await expectSaved(page);
  });

  test('two top-level elements grouped with Ctrl+G move with their frame when it is dragged by its title', async ({ page }) => {
    await openLibrary(page);
    await createPlan(page, 'Frames 框 Khung');
    await addLinkedPair(page);
    const segment = nodeByTitle(page, 'Segment');
    const target = nodeByTitle(page, 'Target');

    const frame = await groupInFrame(page, segment, target, 'Shift');
    await expect(frame).toHaveAttribute('aria-label', 'Frame');
    const frameBox = await box(frame);
    expect(contains(frameBox, await box(segment))).toBe(true);
    expect(contains(frameBox, await box(target))).toBe(true);
    await page.screenshot({ path: test.info().outputPath('grouped.png') });

    const before = { frame: await box(frame), segment: await box(segment), target: await box(target) };
    const grip = await centreOf(frame.locator('.frame-node__title'));
    await dragBetween(page, grip, { x: grip.x - 60, y: grip.y + 110 });
    await expectSaved(page);
    const after = { frame: await box(frame), segment: await box(segment), target: await box(target) };
    const dx = after.frame.x - before.frame.x;
    const dy = after.frame.y - before.frame.y;
    expect(Math.abs(dx + 60), 'frame followed the pointer (x)').toBeLessThan(10);
    expect(Math.abs(dy - 110), 'frame followed the pointer (y)').toBeLessThan(10);
    for (const name of ['segment', 'target'] as const) {
      expectNear({ x: after[name].x - before[name].x, y: after[name].y - before[name].y }, { x: dx, y: dy }, 1, `${name} moved with its frame`);
    }
    // The template's own frames stayed where they were.
    await expect(frameNodes(page)).toHaveCount(5);
    await page.screenshot({ path: test.info().outputPath('frame-dragged.png') });
  });

  test('Delete removes an element with its links; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo it', async ({ page }) => {
    await openLibrary(page);
    await createPlan(page, 'Undo 復原 Hoàn tác');
    const customer = nodeByTitle(page, 'Customer value');
    const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
    const redoButton = page.getByRole('button', { name: 'Redo', exact: true });
    await expect(undoButton).toBeDisabled();

    const gone = async () => {
      await expect(customer).toHaveCount(0);
      await expect(elementNodes(page)).toHaveCount(7);
      await expect(edges(page)).toHaveCount(3);
      await expect(coverage(page)).toContainText('Unbalanced: a P lacks its customer view');
      await expectSaved(page);
    };
    const back = async () => {
      await expect(customer).toBeVisible();
      await expect(elementNodes(page)).toHaveCount(8);
      await expect(edges(page)).toHaveCount(4);
      await expect(coverage(page)).toContainText('Balanced: every P has its C');
      await expectSaved(page);
    };

    await clickNode(page, customer);
    await page.keyboard.press('Delete');
    await gone();
    await expect(undoButton).toBeEnabled();
    await expect(redoButton).toBeDisabled();

    await page.keyboard.press('Control+z');
    await back();
    await expect(redoButton).toBeEnabled();
    await page.keyboard.press('Control+Shift+z');
    await gone();
    await page.keyboard.press('Control+z');
    await back();
    await page.keyboard.press('Control+y');
    await gone();
    await expect(redoButton).toBeDisabled();

    // The deletion can still be undone after a reload, when the element is no longer in memory.
    await page.reload();
    await expectEditorReady(page, 'Undo 復原 Hoàn tác');
    await expect(customer).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await back();

    // Backspace deletes too (laptop keyboards often have no Delete key).
    await clickNode(page, nodeByTitle(page, 'Convenience'));
    await page.keyboard.press('Backspace');
    await expect(nodeByTitle(page, 'Convenience')).toHaveCount(0);
    await expect(elementNodes(page)).toHaveCount(7);
  });

  test('after a reload the plan is as it was left (titles, links, frames, positions) and undo still works', async ({ page }) => {
    await openLibrary(page);
    const planTitle = '重新載入 Tải lại';
    await createPlan(page, planTitle);

    await clickNode(page, nodeByTitle(page, 'Customer value'));
    await inspector(page).getByRole('textbox', { name: 'Title' }).fill(CUSTOMER_TITLE);
    await inspector(page).getByRole('textbox', { name: 'Content' }).fill(CUSTOMER_BODY);
    await clickNode(page, nodeByTitle(page, 'Promotion'));
    await page.keyboard.press('Delete');
    await expect(nodeByTitle(page, 'Promotion')).toHaveCount(0);
    await addLinkedPair(page);
    const frame = await groupInFrame(page, nodeByTitle(page, 'Segment'), nodeByTitle(page, 'Target'), 'Control');
    const frameId = await frame.getAttribute('data-id');
    const beforeMove = await canvasSnapshot(page);
    const grip = await centreOf(frame.locator('.frame-node__title'));
    await dragBetween(page, grip, { x: grip.x - 40, y: grip.y + 100 });
    await expectSaved(page);
    const left = await canvasSnapshot(page);
    expect(left.elements).toHaveLength(9);
    expect(left.frames).toHaveLength(5);
    expect(left.edges).toHaveLength(4);

    await page.reload();
    await expectEditorReady(page, planTitle);
    await expect(allNodes(page)).toHaveCount(14);
    const reloaded = await canvasSnapshot(page);
    expect(reloaded.edges).toEqual(left.edges);
    expect(reloaded.edgeLabels).toEqual(left.edgeLabels);
    expect(reloaded.elements.map(({ title, text, frame }) => ({ title, text, frame }))).toEqual(
      left.elements.map(({ title, text, frame }) => ({ title, text, frame })),
    );
    expect(reloaded.elements.map((e) => e.frame)).toContain('Frame');
    reloaded.elements.forEach((e, i) => expectNear(e, left.elements[i]!, 2, e.title));
    reloaded.frames.forEach((f, i) => expectNear(f, left.frames[i]!, 2, f.title));
    await expect(nodeByTitle(page, CUSTOMER_TITLE).locator('.element-node__body')).toHaveText(CUSTOMER_BODY);
    await expect(nodeByTitle(page, 'Promotion')).toHaveCount(0);

    // The history was stored with the plan: the frame move is undone and redone after the reload.
    const reloadedFrame = nodeById(page, frameId!);
    const frameBeforeMove = beforeMove.frames.find((f) => f.title === 'Frame')!;
    const leftFrame = left.frames.find((f) => f.title === 'Frame')!;
    await page.keyboard.press('Control+z');
    await expect.poll(async () => distance(await flowPosition(reloadedFrame), frameBeforeMove)).toBeLessThanOrEqual(2);
    const undone = await canvasSnapshot(page);
    for (const name of ['Segment', 'Target']) {
      expectNear(undone.elements.find((e) => e.title === name)!, beforeMove.elements.find((e) => e.title === name)!, 2, `${name} after undo`);
    }
    await page.keyboard.press('Control+y');
    await expect.poll(async () => distance(await flowPosition(reloadedFrame), leftFrame)).toBeLessThanOrEqual(2);
    await expectSaved(page);

    // Membership survived too: dragging the frame still carries both children.
    const segmentBefore = await flowPosition(nodeByTitle(page, 'Segment'));
    const grip2 = await centreOf(reloadedFrame.locator('.frame-node__title'));
    await dragBetween(page, grip2, { x: grip2.x, y: grip2.y - 60 });
    await expectSaved(page);
    const frameDelta = await flowPosition(reloadedFrame);
    const segmentAfter = await flowPosition(nodeByTitle(page, 'Segment'));
    expectNear(
      { x: segmentAfter.x - segmentBefore.x, y: segmentAfter.y - segmentBefore.y },
      { x: frameDelta.x - leftFrame.x, y: frameDelta.y - leftFrame.y },
      1,
      'Segment moved with its frame after the reload',
    );
    expect(frameDelta.y).toBeLessThan(leftFrame.y);
  });

  test('an element copied with Ctrl+C is pasted into another plan with Ctrl+V', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openLibrary(page);
    await createPlan(page, 'Nguồn 來源');
    await clickNode(page, nodeByTitle(page, 'Customer value'));
    await inspector(page).getByRole('textbox', { name: 'Title' }).fill(CUSTOMER_TITLE);
    await inspector(page).getByRole('textbox', { name: 'Content' }).fill(CUSTOMER_BODY);
    await expectSaved(page);
    await clickNode(page, nodeByTitle(page, CUSTOMER_TITLE));
    await page.keyboard.press('Control+c');

    await backToLibrary(page);
    await createPlan(page, 'Đích 目標', 'Blank plan');
    await expect(allNodes(page)).toHaveCount(0);
    await page.locator('.react-flow__pane').click({ position: { x: 300, y: 300 } });
    await page.keyboard.press('Control+v');
    const pasted = nodeByTitle(page, CUSTOMER_TITLE);
    await expect(pasted).toBeVisible();
    await expect(pasted.locator('.element-node__body')).toHaveText(CUSTOMER_BODY);
    await expect(pasted).toContainText('Customer');
    await expect(allNodes(page)).toHaveCount(1);
    await expectSaved(page);

    // Pasted for good, and the source plan kept its own copy.
    await page.reload();
    await expectEditorReady(page, 'Đích 目標');
    await expect(nodeByTitle(page, CUSTOMER_TITLE)).toBeVisible();
    await backToLibrary(page);
    await expect(planRow(page, /Nguồn 來源/).getByRole('cell').nth(3)).toHaveText('12'); // 8 cards and 4 frames
    await expect(planRow(page, /Đích 目標/).getByRole('cell').nth(3)).toHaveText('1');
  });

  test('elements copied in one window paste into a plan open in another window', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openLibrary(page);
    await createPlan(page, 'Window A 視窗');
    await backToLibrary(page);
    const targetId = await createPlan(page, 'Window B 視窗', 'Blank plan');
    await page.goto('/#/');
    await planRow(page, /Window A/).getByRole('link').click();
    await expectEditorReady(page, 'Window A 視窗');
    await clickNode(page, nodeByTitle(page, 'Price'));
    await page.keyboard.press('Control+c');

    const other = await context.newPage();
    await other.goto(`/#/plan/${targetId}`);
    await expectEditorReady(other, 'Window B 視窗');
    await other.locator('.react-flow__pane').click({ position: { x: 300, y: 300 } });
    await other.keyboard.press('Control+v');
    await expect(nodeByTitle(other, 'Price')).toBeVisible();
    await expect(allNodes(other)).toHaveCount(1);
    await expectSaved(other);
  });
});
