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

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

export interface PrintWords {
  /** The running header's label ("Joint campaign brief"). */
  header: string;
  /** "Page {{page}} of {{total}}". */
  pageOf: string;
  /** "DRAFT", or '' for an agreed plan. */
  draft: string;
  /** The footer's left side: when the brief was prepared. */
  footer: string;
}

/**
 * Chromium's header and footer templates. The plan's title comes from the page's own
 * document.title (Chromium fills `.title` itself), so no user text is put into this
 * markup; the words given here are escaped all the same.
 */
export function printTemplates(words: PrintWords, language: Language): { headerTemplate: string; footerTemplate: string } {
  const style = `font-family:${fontStack(language).replace(/"/g, "'")};font-size:7.5pt;color:#475569;width:100%;padding:0 ${MARGIN_MM.left}mm;display:flex;justify-content:space-between;align-items:center;`;
  const draft = words.draft ? `<span style="color:#b91c1c;font-weight:700;letter-spacing:0.08em">${escapeHtml(words.draft)}</span>` : '<span></span>';
  const pageOf = escapeHtml(words.pageOf)
    .replace(/\{\{\s*page\s*\}\}/, '<span class="pageNumber"></span>')
    .replace(/\{\{\s*total\s*\}\}/, '<span class="totalPages"></span>');
  return {
    headerTemplate: `<div lang="${language}" style="${style}"><span><b style="color:#1e293b">${escapeHtml(words.header)}</b> · <span class="title"></span></span>${draft}</div>`,
    footerTemplate: `<div lang="${language}" style="${style}"><span>${escapeHtml(words.footer)}</span><span>${pageOf}</span></div>`,
  };
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
