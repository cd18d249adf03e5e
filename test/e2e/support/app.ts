import { expect, type Locator, type Page } from '@playwright/test';
import { WEB_ORIGIN } from '../../chromium';

/**
 * Shared steps for the end-to-end tests: what a user does through the UI, named as they
 * would say it. Locators use accessible names from shared/i18n/locales/en/*.ts.
 */

export type TemplateName = 'Blank plan' | '4P marketing mix' | '4C customer view' | '4P↔4C paired plan' | 'Campaign launch';

export type RoleName = 'Marketing' | 'Sales' | 'Leadership / finance';

/**
 * Opens the library (Plans view) and waits until the list has been read from IndexedDB.
 * On a first run the workbench asks who is working: `as` answers (Mai, marketing by default).
 */
export async function openLibrary(page: Page, as: { name: string; role: RoleName } = { name: 'Mai', role: 'Marketing' }): Promise<void> {
  // Absolute, so it also works in browsers connected over CDP (no baseURL there).
  await page.goto(`${WEB_ORIGIN}/#/`);
  const plans = page.getByRole('heading', { level: 1, name: 'Plans' });
  const setup = page.getByRole('heading', { level: 1, name: 'Who is working on this laptop?' });
  await expect(plans.or(setup)).toBeVisible();
  if (await setup.isVisible()) await fillProfile(page, as.name, as.role);
  await expect(plans).toBeVisible();
  await expect(page.getByRole('button', { name: 'New plan' })).toBeEnabled();
}

/** Fills the profile form (first run, or "Add a profile…") and submits it. */
export async function fillProfile(page: Page, name: string, role: RoleName): Promise<void> {
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('radio', { name: new RegExp(`^${role.replace('/', '\\/')}`) }).check();
  await page.getByRole('button', { name: 'Start working' }).click();
}

/**
 * Creates a plan through the New plan dialog and waits until the editor shows it saved.
 * Starts from wherever the library is; returns the new plan's id (from the URL).
 */
export async function createPlan(page: Page, title: string, template: TemplateName = '4P↔4C paired plan'): Promise<string> {
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: template }).check();
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/#\/plan\/[A-Za-z0-9-]+$/);
  await expectEditorReady(page, title);
  return planIdOf(page);
}

export function planIdOf(page: Page): string {
  const match = /#\/plan\/([A-Za-z0-9-]+)$/.exec(page.url());
  if (!match) throw new Error(`Not on a plan: ${page.url()}`);
  return match[1]!;
}

/** The editor has the plan loaded, its canvas drawn and nothing waiting to be written. */
export async function expectEditorReady(page: Page, title: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Plan canvas' })).toHaveAttribute('aria-busy', 'false');
  await expectSaved(page);
}

/** The save indicator: IndexedDB confirmed every edit made so far. */
export function saveStatus(page: Page): Locator {
  return page.locator('.editor-toolbar').getByRole('status');
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText('All changes saved');
}

export async function backToLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to plans' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
}

/** The library row of a plan (its title is the row header). */
export function planRow(page: Page, title: string | RegExp): Locator {
  return page.getByRole('row', { name: title });
}

/** Every React Flow node on the canvas (elements and frames). */
export function allNodes(page: Page): Locator {
  return page.locator('.react-flow__node');
}

export function elementNodes(page: Page): Locator {
  return page.locator('.react-flow__node-element');
}

export function frameNodes(page: Page): Locator {
  return page.locator('.react-flow__node-frame');
}

/** A node by its element title (React Flow's aria-label is the title). */
export function nodeByTitle(page: Page, title: string): Locator {
  return page.locator(`.react-flow__node[aria-label=${JSON.stringify(title)}]`);
}

export function nodeById(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id=${JSON.stringify(id)}]`);
}

export function edges(page: Page): Locator {
  return page.locator('.react-flow__edge');
}

export function inspector(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Inspector' });
}

/** Centre of a locator's box, in page coordinates. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Element has no box (not visible)');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A pointer drag in small steps, as a hand would do it (React Flow needs moves between down and up). */
export async function dragBetween(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** Selects a node by clicking its title text (frames: their title bar; their body lets clicks through). */
export async function clickNode(page: Page, node: Locator, modifiers: Array<'Control' | 'Shift'> = []) {
  const frame = (await node.getAttribute('class'))?.includes('react-flow__node-frame');
  const target = frame ? node.locator('.frame-node__title') : node.locator('.element-node__title');
  await target.click({ modifiers });
}

/** A button of the "Add elements" palette. */
export function paletteButton(page: Page, kind: string): Locator {
  return page.getByRole('navigation', { name: 'Add elements' }).getByRole('button', { name: kind, exact: true });
}

/** Drags a kind from the palette onto the canvas; `at` is relative to the canvas pane's top-left corner. */
export async function dropFromPalette(page: Page, kind: string, at: { x: number; y: number }): Promise<void> {
  await paletteButton(page, kind).dragTo(page.locator('.react-flow__pane'), { targetPosition: at });
}

/** Drags from one node's link-out handle to another node's link-in handle. */
export async function linkNodes(page: Page, from: Locator, to: Locator): Promise<void> {
  await dragBetween(page, await centreOf(from.locator('.react-flow__handle-right')), await centreOf(to.locator('.react-flow__handle-left')));
}

/** Position of a node on the plan (flow coordinates, from React Flow's transform): zoom-independent. */
export async function flowPosition(node: Locator): Promise<{ x: number; y: number }> {
  const transform = await node.evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`Unexpected node transform: ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

export interface CanvasSnapshot {
  /** Every element node: title, visible text, the frame it lies in (by title), and its plan position. */
  elements: Array<{ title: string; text: string; frame: string | null; x: number; y: number }>;
  frames: Array<{ title: string; x: number; y: number }>;
  /** Each edge as its accessible name with node ids replaced by titles, plus the labels drawn on edges. */
  edges: string[];
  edgeLabels: string[];
}

/** What the canvas shows, in a form two moments can be compared by. */
export function canvasSnapshot(page: Page): Promise<CanvasSnapshot> {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
    const titleOf = (n: HTMLElement) => n.getAttribute('aria-label') ?? '';
    const position = (n: HTMLElement) => {
      const m = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(n.style.transform);
      return { x: Number(m?.[1]), y: Number(m?.[2]) };
    };
    const frames = nodes.filter((n) => n.classList.contains('react-flow__node-frame'));
    const within = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    const elements = nodes
      .filter((n) => n.classList.contains('react-flow__node-element'))
      .map((n) => {
        const box = n.getBoundingClientRect();
        const frame = frames.find((f) => within(box, f.getBoundingClientRect()));
        return { title: titleOf(n), text: n.innerText, frame: frame ? titleOf(frame) : null, ...position(n) };
      })
      .sort((a, b) => a.title.localeCompare(b.title) || a.x - b.x || a.y - b.y);
    const titles = new Map(nodes.map((n) => [n.dataset.id ?? '', titleOf(n)]));
    const edges = [...document.querySelectorAll<HTMLElement>('.react-flow__edge')]
      .map((e) => {
        let name = e.getAttribute('aria-label') ?? '';
        for (const [id, title] of titles) if (id) name = name.split(id).join(title);
        return name;
      })
      .sort();
    const edgeLabels = [...document.querySelectorAll<HTMLElement>('.link-label')].map((l) => l.innerText).sort();
    return {
      elements,
      frames: frames.map((f) => ({ title: titleOf(f), ...position(f) })).sort((a, b) => a.title.localeCompare(b.title) || a.x - b.x),
      edges,
      edgeLabels,
    };
  });
}

/** Asserts two positions are the same within `tolerance` plan pixels. */
export function expectNear(actual: { x: number; y: number }, expected: { x: number; y: number }, tolerance = 2, what = 'position') {
  expect(Math.abs(actual.x - expected.x), `${what}: x ${actual.x} vs ${expected.x}`).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(actual.y - expected.y), `${what}: y ${actual.y} vs ${expected.y}`).toBeLessThanOrEqual(tolerance);
}
