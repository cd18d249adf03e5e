import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import { reviewsCsv, toCsv, csvCell } from './csv';
import { diagramOf, diagramPages, MIN_LEGIBLE_SCALE } from './diagram';
import { catalogueT, reviewedPlan } from './fixtures';
import { briefFormat } from './format';
import { briefMarkdown, mdText } from './markdown';
import { buildBrief, SUMMARY_ITEMS } from './model';
import { cssString, diagramArea, pageCss } from './print';
import { diagramSvg, serializeSvg, svgDocument, wrapText } from './svg';
import { newElement } from '../model/element';

const input = reviewedPlan();
const brief = buildBrief(input);
const t = catalogueT('en');
const format = briefFormat('en');

/** Parses RFC 4180 text back into rows (quotes, doubled quotes, CRLF inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('buildBrief', () => {
  it('groups elements by frame, then the rest by area, and numbers them', () => {
    expect(brief.sections.map((s) => [s.number, s.frame?.title ?? s.area, s.elements.map((e) => `${e.ref} ${e.element.id}`)])).toEqual([
      [1, 'Price ↔ Cost', ['1.1 price', '1.2 cost']],
      [2, '4p', ['2.1 product']],
      [3, 'framing', ['3.1 obj', '3.2 b1', '3.3 b2']],
    ]);
  });

  it('leaves out deleted elements and everything hanging off them', () => {
    const ids = brief.sections.flatMap((s) => s.elements.map((e) => e.element.id));
    expect(ids).not.toContain('gone');
    expect(brief.register.objections.map((o) => o.review.id)).toEqual(['r1']);
    expect(brief.evidence.map((e) => e.attachment.name)).toEqual(['kệ hàng.png']);
  });

  it('shows each reviewer’s current review only, with its thread, evidence and suggestions', () => {
    const price = brief.sections[0]!.elements[0]!;
    expect(price.reviews.map((r) => r.review.id)).toEqual(['r1']);
    expect(price.reviews[0]!.comments.map((c) => c.body)).toEqual(['Cảm ơn, đã đổi.']);
    expect(price.reviews[0]!.attachments.map((a) => a.id)).toEqual(['a1']);
    expect(price.reviews[0]!.suggestions.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(price.fields).toEqual([{ key: 'pricePoint', type: 'money', value: 129000 }]);
  });

  it('sums the budget, lists KPIs and counts verdicts for the summary', () => {
    expect(brief.summary.budgetTotal).toBe(1_250_000);
    expect(brief.summary.budgetLines).toBe(2);
    expect(brief.summary.kpis).toEqual([{ ref: '3.1', title: 'Win 5% share', metric: 'Share', target: 5 }]);
    expect(brief.summary.verdicts).toEqual({ feasible: 0, feasibleWithChanges: 1, notFeasible: 1, cantJudge: 0 });
    expect(brief.summary.review).toMatchObject({ reviewable: 6, reviewed: 2, openObjections: 1, pendingSuggestions: 1 });
  });

  it('gives each element the counterparts that answer it: linked or in its frame, not from other frames', () => {
    const [price, cost] = brief.sections[0]!.elements;
    expect(price!.counterparts.map((c) => c.ref)).toEqual(['1.2']);
    expect(cost!.counterparts.map((c) => c.ref)).toEqual(['1.1']);
    const plan = reviewedPlan();
    const secondFrame = [
      newElement({ id: 'f2', planId: 'p1', kind: 'frame', title: 'Second campaign', x: 0, y: 2000, width: 560, height: 260 }),
      newElement({ id: 'price2', planId: 'p1', kind: 'price', title: 'Other price', x: 24, y: 2064, parentId: 'f2' }),
      newElement({ id: 'cost2', planId: 'p1', kind: 'cost', title: 'Other cost', x: 304, y: 2064, parentId: 'f2' }),
    ];
    const twoFrames = { ...plan, elements: [...plan.elements, ...secondFrame] };
    const other = buildBrief(twoFrames).sections.find((s) => s.frame?.id === 'f2')!.elements.find((e) => e.element.id === 'price2')!;
    expect(other.counterparts.map((c) => c.element.id)).toEqual(['cost2']);
  });

  it('names the first few objectives in the summary and counts the rest', () => {
    const plan = reviewedPlan();
    const objectives = Array.from({ length: SUMMARY_ITEMS + 3 }, (_, i) => newElement({ id: `o${i}`, planId: 'p1', kind: 'objective', title: `Objective ${i}`, x: 2000, y: i * 100 }));
    const many = { ...plan, elements: [...plan.elements, ...objectives] };
    const markdown = briefMarkdown(buildBrief(many), { t, format, generatedAt: 0 });
    const listed = markdown.slice(markdown.indexOf('### Objectives'), markdown.indexOf('### Budget and KPIs'));
    expect(listed.match(/^- \*\*/gm)).toHaveLength(SUMMARY_ITEMS);
    expect(listed).toContain('…and 4 more in the sections that follow.');
    expect(markdown).toContain('### 3.10 Objective 8');
  });

  it('pairs each P with its C and says which side is missing', () => {
    expect(brief.pairs.map((p) => [p.p, p.status, p.linked, p.pElements.map((e) => e.ref), p.cElements.map((e) => e.ref)])).toEqual([
      ['product', 'lacking', false, ['2.1'], []],
      ['price', 'covered', true, ['1.1'], ['1.2']],
      ['place', 'unused', false, [], []],
      ['promotion', 'unused', false, [], []],
    ]);
  });

  it('registers risks (open first) and open objections, and the suggestions with their outcome', () => {
    expect(brief.register.risks.map((r) => [r.ref, r.open, r.text])).toEqual([
      ['1.1', true, '=SUM(A1:A9)'],
      ['1.2', false, 'Kênh phân phối chưa sẵn sàng\nsecond line'],
    ]);
    expect(brief.suggestions.map((s) => [s.ref, s.suggestion.state])).toEqual([
      ['1.1', 'accepted'],
      ['1.1', 'pending'],
      ['1.2', 'rejected'],
    ]);
  });

  it('is a draft until Agreed, and keeps only sign-offs on the current revision', () => {
    expect(brief.draft).toBe(true);
    expect(brief.signoffs.valid.map((s) => s.author)).toEqual(['mai']);
    expect(brief.signoffs.voided.map((s) => s.author)).toEqual(['binh']);
    expect(brief.signoffs.missing).toEqual(['sales']);
    expect(buildBrief({ ...input, plan: { ...input.plan, status: 'agreed' } }).draft).toBe(false);
  });
});

describe('Markdown brief', () => {
  const markdown = briefMarkdown(brief, { t, format, generatedAt: Date.UTC(2027, 0, 5) });

  it('has the cover, sign-offs, every section, the register, suggestions and the appendix', () => {
    const headings = markdown.split('\n').filter((l) => /^#{1,3} /.test(l));
    expect(headings).toEqual(
      expect.arrayContaining([
        '# Tết 2027 · 新年檔期',
        '## Sign-offs',
        '## Executive summary',
        '## 4P↔4C paired view',
        '## 1. Price ↔ Cost',
        '### 1.1 Giá combo 3 tháng',
        '## Risks and open objections',
        '## Suggested changes and outcomes',
        '## Evidence appendix',
      ]),
    );
    expect(markdown).toContain('> **DRAFT**');
    expect(markdown).toContain('Sales: sign-off still needed');
    expect(markdown).toContain('Khách chê giá cao hơn đối thủ 20%');
    expect(markdown).toContain('以顧客價值為核心');
    expect(markdown).toContain('kệ hàng.png');
    expect(markdown).toContain('Total budget (2 lines)');
  });

  it('escapes user text: markup and Markdown syntax read as written', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<b>Rival</b>');
    expect(markdown).toContain('\\<script\\>');
    expect(mdText('# not a heading')).toBe('\\# not a heading');
    expect(mdText('1. not a list')).toBe('1\\. not a list');
    expect(mdText('a | b')).toBe('a \\| b');
    expect(mdText('[link](javascript:x)')).toBe('\\[link\\](javascript:x)');
    // Table rows keep their column count whatever the text holds.
    const tables = markdown.split(/\n(?!\|)/).map((block) => block.split('\n').filter((l) => l.startsWith('|')));
    for (const rows of tables.filter((rows) => rows.length > 0)) {
      const columns = rows.map((row) => row.replace(/\\\|/g, '').split('|').length);
      expect(new Set(columns).size, rows.join('\n')).toBe(1);
    }
  });

  it.each(LANGUAGES)('is written in %s when asked', (language) => {
    const text = briefMarkdown(brief, { t: catalogueT(language), format: briefFormat(language), generatedAt: 0 });
    expect(text).toContain(catalogueT(language)('brief.summary.heading'));
    expect(text).not.toMatch(/\bbrief\.[a-z]+\.[a-zA-Z]+/); // no key left untranslated
  });
});

describe('CSV of reviews', () => {
  const csv = reviewsCsv(brief, input, t, format);
  const rows = parseCsv(csv.slice(1));

  it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has one row per live review, current and superseded, in plan order', () => {
    expect(rows).toHaveLength(1 + 3);
    expect(rows.map((r) => r[0])).toEqual(['Ref', '1.1', '1.1', '1.2']);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    expect(rows[1]![16]).toMatch(/^No/); // r0, replaced by r1
    expect(rows[2]![16]).toBe('Yes');
  });

  it('keeps Chinese and Vietnamese text, quotes, commas and line breaks intact', () => {
    expect(rows[2]![11]).toBe('Khách chê giá cao hơn đối thủ 20%');
    expect(rows[2]![12]).toBe('<b>Rival</b> runs 買一送一');
    expect(rows[3]![4]).toBe('Lan "Lee", Sales');
    expect(rows[3]![10]).toBe('Kênh phân phối chưa sẵn sàng\nsecond line');
    expect(csv).toContain('"Lan ""Lee"", Sales"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(rows[2]![10]).toBe("'=SUM(A1:A9)");
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(-5)).toBe('-5'); // numbers are data, not text someone typed
    expect(toCsv([['a', 'b,c']])).toBe('\uFEFFa,"b,c"\r\n');
    expect(rows[2]![17]).toContain("Content: -cheaper");
  });
});

describe('diagram', () => {
  it('places children relative to their frame and leaves deleted elements out', () => {
    const diagram = diagramOf(input.elements, input.links);
    const price = diagram.nodes.find((n) => n.id === 'price')!;
    expect(price.box).toMatchObject({ x: 24, y: 64 });
    expect(diagram.nodes.map((n) => n.id)).not.toContain('gone');
    expect(diagram.edges.map((e) => e.id)).toEqual(['l1']);
    expect(diagram.nodes[0]!.kind).toBe('frame');
  });

  it('draws a selection: a chosen frame brings its contents', () => {
    const diagram = diagramOf(input.elements, input.links, { only: new Set(['f1']) });
    expect(diagram.nodes.map((n) => n.id).sort()).toEqual(['cost', 'f1', 'price']);
  });

  it('fits a small plan on one page, and splits a large one into legible pages', () => {
    const area = diagramArea('A4');
    expect(diagramPages(diagramOf(input.elements, input.links), area)).toHaveLength(1);
    const big = Array.from({ length: 15 }, (_, f) => [
      newElement({ id: `f${f}`, planId: 'p', kind: 'frame', title: `F${f}`, x: (f % 10) * 1400, y: Math.floor(f / 10) * 800, width: 1340, height: 740 }),
      ...Array.from({ length: 19 }, (_, i) => newElement({ id: `e${f}-${i}`, planId: 'p', kind: 'tactic', title: `T${i}`, x: 20 + (i % 5) * 260, y: 60 + Math.floor(i / 5) * 170, parentId: `f${f}` })),
    ]).flat();
    const pages = diagramPages(diagramOf(big, []), area);
    expect(pages[0]!.kind).toBe('overview');
    expect(pages.filter((p) => p.kind === 'frame')).toHaveLength(15);
    for (const page of pages.slice(1)) expect(page.scale).toBeGreaterThanOrEqual(MIN_LEGIBLE_SCALE);
  });

  it('serialises escaped, well-formed SVG', () => {
    const svg = svgDocument(diagramSvg(diagramOf(input.elements, input.links), { t, accent: () => '#123456', fontFamily: "'Noto Sans', sans-serif" }));
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('Giá combo 3 tháng');
    expect(serializeSvg({ tag: 'text', attrs: { x: '"><x' }, text: 'a\u0001&b' })).toBe('<text x="&quot;&gt;&lt;x">a&amp;b</text>');
  });

  it('wraps Latin at spaces and CJK anywhere, with an ellipsis when cut', () => {
    expect(wrapText('one two three four', 3.5, 3)).toEqual(['one', 'two', 'three…']);
    expect(wrapText('one two three', 3.5, 3)).toEqual(['one', 'two', 'three']);
    expect(wrapText('以顧客價值為核心', 3, 2)).toEqual(['以顧客', '價值…']);
  });
});

describe('page rules', () => {
  const words = { header: 'Bản tóm tắt', title: 'Tết "2027" \\ </style><script>alert(1)</script>\nx', pageOf: 'Trang {{page}} / {{total}}', draft: 'BẢN NHÁP', footer: 'Lập 5/1/2027' };
  const css = pageCss('A4', 'vi', words);

  it('size the paper, and turn wide diagram pages landscape', () => {
    expect(css).toContain('size: 210mm 297mm;');
    expect(css).toContain('@page landscape { size: 297mm 210mm; }');
    expect(pageCss('Letter', 'vi', words)).toContain('size: 215.9mm 279.4mm;');
  });

  it('print the header, DRAFT and page x of y in the brief’s words', () => {
    expect(css).toContain('@bottom-right { content: "Trang " counter(page) " / " counter(pages) "";');
    expect(css).toMatch(/@top-right \{ content: "BẢN NHÁP";/);
    expect(pageCss('A4', 'vi', { ...words, draft: '' })).toMatch(/@top-right \{ content: "";/);
    expect(css).toContain('@bottom-left { content: "Lập 5/1/2027";');
  });

  it('keep a hostile title inside its string: it can close neither the string nor the style element', () => {
    expect(css).not.toContain('</style>');
    expect(css).toContain('@top-left { content: "Bản tóm tắt · Tết \\22 2027\\22  \\5c  \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e \\a x";');
    expect(cssString('a"b')).toBe('"a\\22 b"');
  });
});
