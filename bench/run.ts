/**
 * `npm run bench`: opens generated plans in real Chromium and measures what a person feels:
 * time to an interactive canvas, frame rate while panning and zooming, how long an edit
 * takes to be committed to IndexedDB, and the JS heap. Prints a table and writes
 * bench/results.json. Medians over repeated runs: these machines are noisy.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../test/chromium';
import { generatePlan } from './generate';
import { benchBrief } from './brief';
import { startAsMarketing } from './profile';
import { benchMerge } from './merge';

const PORT = 5179;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SIZES = [200, 2000, 10000];
const OPEN_RUNS = 5;
const EDITS = 200;

interface Result {
  name: string;
  unit: string;
  value: number;
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}
const round = (n: number) => Math.round(n * 10) / 10;

async function startServer() {
  const server = spawn('npx', ['vite', 'preview', '--mode', 'test', '--port', String(PORT)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`preview server did not start on ${ORIGIN}`);
}

/** Open the plan from the library and wait until its nodes are measured and a frame has painted. */
async function openPlan(page: Page, planId: string): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.waitForSelector('main');
  return page.evaluate(async (id) => {
    const start = performance.now();
    window.location.hash = `#/plan/${id}`;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (;;) {
      await frame();
      const node = document.querySelector('.react-flow__node');
      if (node && getComputedStyle(node).visibility !== 'hidden') break;
      // Fail loudly rather than hang when something (a first-run screen, an error) stands in the way.
      if (performance.now() - start > 60_000) throw new Error(`plan ${id} did not render within 60 s`);
    }
    await frame();
    return performance.now() - start;
  }, planId);
}

/** Drags the canvas around and wheels in and out for ~3 s, counting the frames the page paints. */
async function panAndZoom(page: Page): Promise<number> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas pane');
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__frames = [];
    w.__counting = true;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (w.__counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  for (let round = 0; round < 3; round++) {
    // Space + drag pans from anywhere, as in Figma or Miro, even over an element.
    await page.keyboard.down('Space');
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 30; i++) await page.mouse.move(cx - i * 12, cy - i * 6);
    await page.mouse.up();
    await page.keyboard.up('Space');
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, round % 2 ? 60 : -60);
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  const seconds = (frames[frames.length - 1]! - frames[0]!) / 1000;
  return (frames.length - 1) / seconds;
}

/** Types into the title of one element: every keystroke is an edit committed to IndexedDB. */
type Hooks = { __workbench: { commitTimings: number[]; applyTimings: number[] }; __longTasks: number[] };

async function typeEdits(page: Page, elementId: string): Promise<{ timings: number[]; applied: number[]; longestTask: number }> {
  await page.evaluate((id) => (window as unknown as { __workbench: { select: (id: string) => void } }).__workbench.select(id), elementId);
  const title = page.getByLabel('Title', { exact: true });
  await title.click();
  await page.evaluate(() => {
    const w = window as unknown as Hooks;
    w.__workbench.commitTimings.length = 0;
    w.__workbench.applyTimings.length = 0;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  for (let i = 0; i < EDITS; i++) await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
  await page.waitForFunction((n) => (window as unknown as { __workbench: { commitTimings: number[] } }).__workbench.commitTimings.length >= n, EDITS);
  return page.evaluate(() => {
    const w = window as unknown as Hooks;
    return {
      timings: [...w.__workbench.commitTimings],
      applied: [...w.__workbench.applyTimings],
      longestTask: Math.max(0, ...w.__longTasks),
    };
  });
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

async function main() {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const results: Result[] = [];
  try {
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
      // tsx names the functions we hand to page.evaluate with a helper the page lacks.
      await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(ORIGIN);
      await startAsMarketing(page);
      await page.waitForFunction(() => 'workbench' in window || '__workbench' in window);
      const content = generatePlan(size);
      await page.evaluate((c) => (window as unknown as { __workbench: { createPlan: (c: unknown) => Promise<unknown> } }).__workbench.createPlan(c), content);
      const opens: number[] = [];
      for (let i = 0; i < OPEN_RUNS; i++) opens.push(await openPlan(page, content.plan.id));
      results.push({ name: `open_ms_${size}`, unit: 'ms', value: round(median(opens)) });
      const fps: number[] = [];
      for (let i = 0; i < 3; i++) fps.push(await panAndZoom(page));
      results.push({ name: `pan_fps_${size}`, unit: 'fps', value: round(median(fps)) });
      const { timings, applied, longestTask } = await typeEdits(page, content.elements.find((e) => e.kind !== 'frame')!.id);
      results.push({ name: `edit_commit_median_ms_${size}`, unit: 'ms', value: round(median(timings)) });
      results.push({ name: `edit_commit_p95_ms_${size}`, unit: 'ms', value: round(quantile(timings, 0.95)) });
      results.push({ name: `edit_visible_p95_ms_${size}`, unit: 'ms', value: round(quantile(applied, 0.95)) });
      results.push({ name: `edit_longest_task_ms_${size}`, unit: 'ms', value: round(longestTask) });
      results.push({ name: `js_heap_mb_${size}`, unit: 'MB', value: round(await heapMb(cdp)) });
      await context.close();
      console.log(`measured ${size} elements`);
    }
    // The PDF brief of a 300-element plan with reviews (bench/brief.ts): target ≤ 5 s.
    results.push(...(await benchBrief(browser, ORIGIN)));
  } finally {
    await browser.close();
    server.kill();
  }
  // The headline names the issue asks for: the 2,000-element figures.
  const p95 = results.find((r) => r.name === 'edit_commit_p95_ms_2000');
  if (p95) results.push({ ...p95, name: 'edit_commit_p95_ms' });
  console.table(results);
  // Merging runs in Node on shared/ code, no browser: see bench/merge.ts.
  const merge = benchMerge();
  console.table(merge);
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ results, merge }, null, 2)}\n`);
  console.log('wrote bench/results.json');
}

await main();
