/**
 * The brief's benchmark: a 300-element plan with sales' reviews, rendered in the brief view
 * and printed to PDF by headless Chromium with page.pdf() (what Electron's printToPDF does,
 * same page rules, outline and tags). Target: at most 5 s from opening the view to
 * the PDF's bytes. Run on its own with `npx tsx bench/brief.ts` (it builds nothing: point it at
 * a build with BRIEF_BENCH_OUT_DIR, default dist/renderer-test), or as part of `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PRINT_MARGINS_CSS } from '../shared/brief/print';
import type { Attachment, Comment, Review, Signoff, Suggestion, Verdict } from '../shared/model/review';
import { CHROMIUM_ARGS, chromiumExecutable } from '../test/chromium';
import { generatePlan } from './generate';
import { startAsMarketing } from './profile';

interface Result {
  name: string;
  unit: string;
  value: number;
}

const SIZE = 300;
const RUNS = 3;
export const BRIEF_TARGET_MS = 5000;

const TEXTS = [
  'Khách chê giá cao hơn đối thủ 20%, nhất là ở kênh cửa hàng tiện lợi.',
  '客戶說價格比對手高兩成，通路尚未準備好鋪貨。',
  '渠道还没准备好，竞争对手在做买一送一。',
  'The channel will not stock the bundle before Tết without a margin guarantee.',
];
const VERDICT_CYCLE: readonly Verdict[] = ['feasible', 'feasibleWithChanges', 'notFeasible', 'cantJudge', 'feasible'];

/** The plan, and two reps' reviews of two elements in three, with replies, suggestions and sign-offs. */
export function reviewedBenchPlan(size = SIZE) {
  const content = generatePlan(size, `bench-brief-${size}`);
  const planId = content.plan.id;
  content.plan.status = 'inFieldReview';
  content.plan.revision = 'rev-bench';
  const cards = content.elements.filter((e) => e.kind !== 'frame' && e.kind !== 'note');
  const reviews: Review[] = [];
  const suggestions: Suggestion[] = [];
  const comments: Comment[] = [];
  cards.forEach((element, i) => {
    if (i % 3 === 2) return;
    for (const [r, rep] of [['a', 'Bình Nguyễn'], ['b', '陳志明']] as const) {
      if (r === 'b' && i % 2) continue;
      const verdict = VERDICT_CYCLE[(i + r.length) % VERDICT_CYCLE.length]!;
      const id = `${planId}-r${i}${r}`;
      reviews.push({
        id, planId, elementId: element.id, author: `rep-${r}`, authorName: rep, authorRole: 'sales', createdAt: 1_800_000_000_000 + i,
        verdict, confidence: 1 + (i % 5), effort: i % 4 ? '' : TEXTS[3]!, risks: verdict === 'feasible' ? '' : TEXTS[(i + 1) % 4]!,
        objections: verdict === 'notFeasible' ? TEXTS[i % 4]! : '', competitorEvidence: i % 5 ? '' : TEXTS[2]!, comment: '',
        resolved: i % 4 === 0, decisionNote: i % 4 === 0 ? TEXTS[(i + 2) % 4]! : '', deleted: false,
      });
      if (verdict === 'feasibleWithChanges') {
        suggestions.push({ id: `${id}-s`, planId, elementId: element.id, reviewId: id, author: `rep-${r}`, authorName: rep, authorRole: 'sales', createdAt: 1_800_000_000_000 + i, field: 'title', value: `${element.title} (v2)`, state: i % 3 ? 'pending' : 'accepted', reason: '', decidedBy: i % 3 ? '' : 'Mai Trần', deleted: false });
      }
      if (i % 6 === 0) comments.push({ id: `${id}-c`, planId, reviewId: id, author: 'mkt', authorName: 'Mai Trần', authorRole: 'marketing', createdAt: 1_800_000_000_100 + i, body: TEXTS[(i + 3) % 4]!, deleted: false });
    }
  });
  const attachments: Attachment[] = [];
  const signoffs: Signoff[] = [{ id: `${planId}-so`, planId, author: 'mkt', authorName: 'Mai Trần', authorRole: 'marketing', createdAt: 1_800_000_000_500, revision: 'rev-bench', deleted: false }];
  return { planId, rows: { plans: [content.plan], elements: content.elements, links: content.links, reviews, suggestions, comments, attachments, signoffs } };
}

/** Writes the rows straight into the app's IndexedDB (its stores are named as its tables). */
async function seed(page: Page, rows: Record<string, unknown[]>) {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('campaign-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(rows), 'readwrite');
      for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

export async function benchBrief(browser: Browser, origin: string): Promise<Result[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  await page.goto(`${origin}/#/`);
  await startAsMarketing(page);
  const { planId, rows } = reviewedBenchPlan();
  await seed(page, rows);
  const renders: number[] = [];
  const prints: number[] = [];
  const totals: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
    const start = Date.now();
    await page.evaluate((id) => (window.location.hash = `#/plan/${id}/brief`), planId);
    await page.locator('main[data-printable="true"]').waitFor({ timeout: 60_000 });
    const rendered = Date.now();
    pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, margin: PRINT_MARGINS_CSS, outline: true, tagged: true });
    const printed = Date.now();
    renders.push(rendered - start);
    prints.push(printed - rendered);
    totals.push(printed - start);
  }
  await context.close();
  // BRIEF_BENCH_PDF=path keeps the last PDF, to look at what was timed.
  if (process.env.BRIEF_BENCH_PDF) writeFileSync(process.env.BRIEF_BENCH_PDF, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const total = median(totals);
  return [
    { name: `brief_render_ms_${SIZE}`, unit: 'ms', value: round(median(renders)) },
    { name: `brief_pdf_ms_${SIZE}`, unit: 'ms', value: round(median(prints)) },
    { name: `brief_total_ms_${SIZE}`, unit: 'ms', value: round(total) },
    { name: `brief_pdf_pages_${SIZE}`, unit: 'pages', value: pages },
    { name: `brief_pdf_kb_${SIZE}`, unit: 'KB', value: round(pdf.length / 1024) },
    { name: 'brief_reviews', unit: 'reviews', value: rows.reviews.length },
    { name: 'brief_within_target', unit: `≤ ${BRIEF_TARGET_MS} ms`, value: total <= BRIEF_TARGET_MS ? 1 : 0 },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.BRIEF_BENCH_PORT ?? 5191);
  const origin = `http://127.0.0.1:${port}`;
  const outDir = process.env.BRIEF_BENCH_OUT_DIR ?? '../dist/renderer-test';
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--outDir', outDir], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100; i++) {
      const up = await fetch(origin).then((r) => r.ok, () => false);
      if (up) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      const brief = await benchBrief(browser, origin);
      console.table(brief);
      const path = new URL('./results.json', import.meta.url);
      const previous = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      writeFileSync(path, `${JSON.stringify({ ...previous, brief }, null, 2)}\n`);
      console.log('wrote the brief figures to bench/results.json');
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}
