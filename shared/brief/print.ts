import type { Language } from '../i18n/languages';
import type { PageArea } from './diagram';

/**
 * How the brief goes onto paper, shared by Electron's printToPDF, the tests' and the
 * benchmark's page.pdf() and the view's print CSS: paper sizes, margins, the running
 * header and the page-number footer.
 */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Paper in millimetres, portrait. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** Page margins in millimetres: the header and footer are printed inside the top and bottom ones. */
export const MARGIN_MM = { top: 20, bottom: 18, left: 18, right: 18 } as const;

const PX_PER_MM = 96 / 25.4;
/** Room a diagram page keeps for its heading and caption. */
const DIAGRAM_CAPTION_MM = 30;

/** Where a diagram may be drawn on one page, in CSS pixels, either way round. */
export function diagramArea(size: PaperSize): PageArea {
  const { width, height } = PAPER_MM[size];
  const across = (w: number) => (w - MARGIN_MM.left - MARGIN_MM.right) * PX_PER_MM;
  const down = (h: number) => (h - MARGIN_MM.top - MARGIN_MM.bottom - DIAGRAM_CAPTION_MM) * PX_PER_MM;
  return {
    portrait: { width: across(width), height: down(height) },
    landscape: { width: across(height), height: down(width) },
  };
}

/** The font stack for a language: Latin first (Vietnamese marks), then the right Han glyph variant. */
export function fontStack(language: Language): string {
  const latin = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', Roboto, 'Helvetica Neue', 'DejaVu Sans', Arial";
  const tc = "'Noto Sans CJK TC', 'PingFang TC', 'Microsoft JhengHei', 'Source Han Sans TC'";
  const sc = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC'";
  return language === 'zh-Hans' ? `${latin}, ${sc}, ${tc}, sans-serif` : `${latin}, ${tc}, ${sc}, sans-serif`;
}

/** The words around every printed page, in the brief's language. */
export interface RunningText {
  /** The running header's label ("Joint campaign brief"). */
  header: string;
  /** The plan's title, beside the label. */
  title: string;
  /** "DRAFT", or '' for an agreed plan. */
  draft: string;
  /** The footer's left side: when the brief was prepared. */
  footer: string;
  /** "Page {{page}} of {{total}}". */
  pageOf: string;
}

/** Long titles are cut: a margin box has one line. */
const HEADER_TITLE_CHARS = 70;

/**
 * A CSS string literal holding text as text: quotes, backslashes, angle brackets and control
 * characters become escapes, so a title can end neither the string nor the <style> element.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The printed brief's page rules: the paper size, landscape pages for wide diagrams, and the
 * running header (label, plan title, DRAFT) and footer (date, page x of y) in CSS page-margin
 * boxes. Chromium draws these as part of the page, so Electron's printToPDF, the browser's
 * own print and the tests' page.pdf() print the same pages, with no header templates (which
 * cost Chromium a layout of their own on every page).
 */
export function pageCss(paper: PaperSize, language: Language, words: RunningText): string {
  const { width, height } = PAPER_MM[paper];
  const margin = `${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm`;
  const [before = '', rest = ''] = words.pageOf.split(/\{\{\s*page\s*\}\}/);
  const [between = '', after = ''] = rest.split(/\{\{\s*total\s*\}\}/);
  const pages = `${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}`;
  const title = words.title.length > HEADER_TITLE_CHARS ? `${words.title.slice(0, HEADER_TITLE_CHARS - 1)}…` : words.title;
  const box = `font-family: ${fontStack(language)}; font-size: 7.5pt; color: #475569;`;
  return `@page {
  size: ${width}mm ${height}mm;
  margin: ${margin};
  @top-left { content: ${cssString(title ? `${words.header} · ${title}` : words.header)}; ${box} }
  @top-right { content: ${cssString(words.draft)}; ${box} color: #b91c1c; font-weight: 700; letter-spacing: 0.08em; }
  @bottom-left { content: ${cssString(words.footer)}; ${box} }
  @bottom-right { content: ${pages}; ${box} }
}
@page landscape { size: ${height}mm ${width}mm; }`;
}

/** printToPDF / page.pdf() margins, in inches (Electron) and as CSS lengths (Playwright). */
export const PRINT_MARGINS_INCHES = {
  top: MARGIN_MM.top / 25.4,
  bottom: MARGIN_MM.bottom / 25.4,
  left: MARGIN_MM.left / 25.4,
  right: MARGIN_MM.right / 25.4,
};
export const PRINT_MARGINS_CSS = {
  top: `${MARGIN_MM.top}mm`,
  bottom: `${MARGIN_MM.bottom}mm`,
  left: `${MARGIN_MM.left}mm`,
  right: `${MARGIN_MM.right}mm`,
};
