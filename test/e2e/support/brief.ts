import { expect, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { catalogueT } from '../../../shared/brief/fixtures';
import { PRINT_MARGINS_CSS, type PaperSize } from '../../../shared/brief/print';
import type { Language } from '../../../shared/i18n/languages';
import { newPlan } from '../../../shared/model/plan';
import type { Attachment, Comment, Review, Signoff, Suggestion } from '../../../shared/model/review';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { WEB_ORIGIN } from '../../chromium';

/** Steps around the brief: open it, wait until it can print, print it as Chromium does, read the PDF back. */

export function briefPreview(page: Page) {
  return page.getByRole('main', { name: 'Brief preview' });
}

/** The brief view has its data, fonts and pictures: what prints now is complete. */
export async function expectBriefReady(page: Page): Promise<void> {
  await expect(briefPreview(page)).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
}

export async function openBrief(page: Page, planId: string): Promise<void> {
  await page.goto(`${WEB_ORIGIN}/#/plan/${planId}/brief`);
  await expectBriefReady(page);
}

/** What Electron's printToPDF does (electron/brief.ts), with Playwright's page.pdf(): the page's own running header, same margins, outline and tags. */
export async function printBrief(page: Page, path: string, { paper = 'A4' }: { paper?: PaperSize } = {}) {
  await page.pdf({
    path,
    format: paper,
    preferCSSPageSize: true,
    printBackground: true,
    margin: PRINT_MARGINS_CSS,
    outline: true,
    tagged: true,
  });
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]));
}

/** The PDF's bookmarks (its outline), as poppler's XML export lists them. */
export function pdfOutline(path: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const outline = /<outline>[\s\S]*<\/outline>/.exec(xml)?.[0] ?? '';
  return [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((m) => decodeXml(m[1]!.trim()));
}

export function pdfFonts(path: string): string {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' });
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

/** Words a plan written in each language carries: titles come from the template, the rest from the people. */
export const FIELD_TEXT: Record<Exclude<Language, 'en'>, { title: string; objection: string; risk: string; decision: string; reply: string; body: string; name: string }> = {
  'zh-Hant': {
    title: '新年檔期 · 台北上市',
    objection: '客戶說價格比對手高兩成',
    risk: '通路尚未準備好鋪貨',
    decision: '改為三個月組合價',
    reply: '謝謝，已調整定價。',
    body: '以顧客價值為核心，先找出魚在哪裡。',
    name: '陳志明',
  },
  'zh-Hans': {
    title: '新年档期 · 上海上市',
    objection: '客户说价格比对手高两成',
    risk: '渠道还没准备好铺货',
    decision: '改为三个月组合价',
    reply: '谢谢，已调整定价。',
    body: '销售和市场共同制定预算，按客户层级跟踪结果。',
    name: '王小明',
  },
  vi: {
    title: 'Tết 2027 · Ra mắt tại Hà Nội',
    objection: 'Khách chê giá cao hơn đối thủ 20%',
    risk: 'Kênh phân phối chưa sẵn sàng',
    decision: 'Đổi sang giá theo gói 3 tháng',
    reply: 'Cảm ơn, đã đổi giá.',
    body: 'Mở rộng kênh phân phối tới các cửa hàng tiện lợi trước Tết.',
    name: 'Bình Nguyễn',
  },
};

export const HOSTILE_EVIDENCE = '<script>window.__briefPwned = 1</script><img src=x onerror="window.__briefPwned=2">';

/**
 * A reviewed paired-plan template written in `language`, stored straight into IndexedDB (the
 * e2e build has no test hooks): titles from the template in that language, bodies, two sales
 * reviews (one with an objection, hostile evidence and a photo), a suggestion, a reply and
 * marketing's sign-off. In field review: the brief is a draft.
 */
export async function seedReviewedPlan(page: Page, language: Exclude<Language, 'en'>): Promise<string> {
  const words = FIELD_TEXT[language];
  const planId = `brief-${language}`;
  const t = catalogueT(language);
  const now = Date.UTC(2027, 0, 5, 9, 30);
  const plan = { ...newPlan({ id: planId, title: words.title, brand: 'Trà Xanh 茶', market: language === 'vi' ? 'Việt Nam' : language === 'zh-Hant' ? '台灣' : '中国', periodStart: '2027-01-04', periodEnd: '2027-02-28', currency: language === 'vi' ? 'VND' : language === 'zh-Hant' ? 'TWD' : 'CNY', status: 'inFieldReview', templateId: 'paired-4p-4c' }, now), revision: 'rev-1' };
  const { elements, links } = instantiateTemplate('paired-4p-4c', planId, (key) => t(key), (() => {
    let n = 0;
    return () => `${planId}-e${n++}`;
  })());
  const cards = elements.filter((e) => e.kind !== 'frame');
  for (const card of cards) card.body = words.body;
  const price = cards.find((e) => e.kind === 'price')!;
  const place = cards.find((e) => e.kind === 'place')!;
  const product = cards.find((e) => e.kind === 'product')!;
  price.fields = { pricePoint: 129000 };
  const photo = shelfPhoto();
  const sales = { author: 'sales-1', authorName: words.name, authorRole: 'sales' as const };
  const review = (id: string, elementId: string, init: Partial<Review>): Review => ({
    id, planId, elementId, ...sales, createdAt: now, verdict: 'feasible', confidence: 3, effort: '', risks: '', objections: '', competitorEvidence: '', comment: '', resolved: false, decisionNote: '', deleted: false, ...init,
  });
  const reviews: Review[] = [
    review(`${planId}-r1`, price.id, { verdict: 'notFeasible', confidence: 4, objections: words.objection, competitorEvidence: HOSTILE_EVIDENCE }),
    review(`${planId}-r2`, place.id, { verdict: 'feasibleWithChanges', risks: words.risk, resolved: true, decisionNote: words.decision }),
    review(`${planId}-r3`, product.id, { verdict: 'feasible', confidence: 5 }),
  ];
  const suggestions: Suggestion[] = [
    { id: `${planId}-s1`, planId, elementId: price.id, reviewId: `${planId}-r1`, ...sales, createdAt: now, field: 'title', value: words.decision, state: 'pending', reason: '', decidedBy: '', deleted: false },
  ];
  const comments: Comment[] = [{ id: `${planId}-c1`, planId, reviewId: `${planId}-r1`, author: 'mkt-1', authorName: 'Mai Trần', authorRole: 'marketing', createdAt: now + 60_000, body: words.reply, deleted: false }];
  const attachments: Attachment[] = [{ id: `${planId}-a1`, planId, reviewId: `${planId}-r1`, name: `${words.name} · kệ hàng.png`, type: 'image/png', size: photo.length, deleted: false }];
  const signoffs: Signoff[] = [{ id: `${planId}-so1`, planId, author: 'mkt-1', authorName: 'Mai Trần', authorRole: 'marketing', createdAt: now + 120_000, revision: 'rev-1', deleted: false }];
  await page.evaluate(
    async ({ rows, png }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('campaign-workbench');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const blob = new Blob([bytes], { type: 'image/png' });
      const stores = Object.keys(rows).concat('blobs');
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(stores, 'readwrite');
        for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
        for (const a of rows.attachments) tx.objectStore('blobs').put({ id: a.id, planId: a.planId, data: blob, thumbnail: blob });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { rows: { plans: [plan], elements, links, reviews, suggestions, comments, attachments, signoffs }, png: photo.toString('base64') },
  );
  return planId;
}

/** A small picture of "a shelf" (stripes of colour), as a rep's photo would be: a real PNG, made here. */
export function shelfPhoto(width = 160, height = 120): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  const colours = [[0xb4, 0x53, 0x09], [0x03, 0x69, 0xa1], [0x15, 0x80, 0x3d], [0xe2, 0xe8, 0xf0]];
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    const shelf = Math.floor(y / (height / 4));
    for (let x = 0; x < width; x++) {
      const edge = y % Math.floor(height / 4) < 4;
      const [r, g, b] = edge ? [0x47, 0x55, 0x69] : colours[(shelf + Math.floor(x / 20)) % colours.length]!;
      raw.set([r!, g!, b!], row + 1 + x * 3);
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
