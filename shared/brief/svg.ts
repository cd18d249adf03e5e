import type { Box } from '../layout/geometry';
import type { ElementKind } from '../model/kinds';
import type { Verdict } from '../model/review';
import type { Diagram, DiagramNode } from './diagram';
import type { BriefT } from './format';

/**
 * The plan diagram as an SVG tree: plain data the renderer turns into React elements (the
 * brief view, printed as vector) and `serializeSvg` into a file. Text is always a text node,
 * escaped on the way out, never markup.
 */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children?: SvgNode[];
  text?: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids (controls other than tab and line breaks) are dropped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

export function serializeSvg(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const inner = node.text !== undefined ? escapeXml(node.text) : (node.children ?? []).map(serializeSvg).join('');
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}

/** A standalone .svg file. */
export function svgDocument(root: SvgNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg({ ...root, attrs: { xmlns: 'http://www.w3.org/2000/svg', ...root.attrs } })}\n`;
}

const CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** A text's width in ems, roughly: CJK and full-width characters are square, Latin about half. */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const ch of text) width += CJK.test(ch) ? 1 : /[\sil.,:;'|!]/.test(ch) ? 0.3 : /[MWmw@%]/.test(ch) ? 0.85 : bold ? 0.6 : 0.55;
  return width;
}

/**
 * Wraps text into at most `maxLines` lines of `maxWidth` ems: Latin and Vietnamese at
 * spaces, CJK between any two characters. The last line ends in "…" when text is left over.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, bold = false): string[] {
  const tokens = text.replace(/\s+/g, ' ').trim().match(/[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[^\s\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+|\s/g) ?? [];
  const lines: string[] = [];
  let line = '';
  let truncated = false;
  for (const token of tokens) {
    const next = line + token;
    if (textWidth(next, bold) <= maxWidth || line.trim() === '') {
      // A single word longer than the line is cut character by character.
      if (textWidth(next, bold) > maxWidth && line.trim() === '') {
        let cut = '';
        for (const ch of token) {
          if (textWidth(cut + ch, bold) > maxWidth) {
            lines.push(cut);
            cut = '';
            if (lines.length === maxLines) break;
          }
          cut += ch;
        }
        line = cut;
      } else line = next;
    } else {
      lines.push(line.trimEnd());
      line = token.trimStart();
    }
    if (lines.length === maxLines) {
      truncated = true;
      break;
    }
  }
  if (!truncated && line.trim()) lines.push(line.trim());
  else if (line.trim()) truncated = true;
  if (truncated && lines.length) {
    let last = lines[maxLines - 1] ?? lines[lines.length - 1]!;
    while (last && textWidth(`${last}…`, bold) > maxWidth) last = [...last].slice(0, -1).join('');
    lines.splice(Math.min(maxLines, lines.length) - 1, 1, `${last.trimEnd()}…`);
  }
  return lines.slice(0, maxLines);
}

export const VERDICT_COLOURS: Record<Verdict, { fill: string; text: string }> = {
  feasible: { fill: '#dcfce7', text: '#14532d' },
  feasibleWithChanges: { fill: '#fef3c7', text: '#78350f' },
  notFeasible: { fill: '#fee2e2', text: '#7f1d1d' },
  cantJudge: { fill: '#e2e8f0', text: '#1e293b' },
};

export interface SvgOptions {
  t: BriefT;
  /** The kind's colour (the canvas's own palette). */
  accent: (kind: ElementKind) => string;
  /** The font stack, with the brief language's CJK family first. */
  fontFamily: string;
  /** The part of the plan to draw; the whole diagram by default. */
  viewBox?: Box;
  /** Frames outside the view box are still labelled from where they enter it. */
  title?: string;
  /** Prefix for ids inside the drawing, unique per drawing when several share a document. */
  idPrefix?: string;
  /**
   * 'overview': a whole large plan on one page, where card text would print too small to
   * read: cards become marks in their verdict's colour, and frame titles are drawn at a
   * size that prints legibly at `scale`.
   */
  mode?: 'full' | 'overview';
  /** Plan units to page pixels, for the overview's frame titles. */
  scale?: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function frameOverview(node: DiagramNode, options: SvgOptions): SvgNode {
  const { box } = node;
  const size = Math.min(11 / (options.scale ?? 1), box.height / 3);
  return {
    tag: 'g',
    attrs: { class: 'frame' },
    children: [
      { tag: 'rect', attrs: { x: box.x, y: box.y, width: box.width, height: box.height, rx: 10, fill: '#f8fafc', stroke: '#94a3b8', 'stroke-width': 2 / (options.scale ?? 1) } },
      text(box.x + size / 2, box.y + size * 1.1, wrapText(node.title || options.t('canvas.node.untitled'), box.width / size - 1, 1, true)[0] ?? '', {
        'font-size': round(size),
        'font-weight': 700,
        fill: '#1e293b',
      }),
    ],
  };
}

function elementOverview(node: DiagramNode, options: SvgOptions): SvgNode {
  const { box } = node;
  const fill = node.verdict ? VERDICT_COLOURS[node.verdict].fill : '#ffffff';
  return {
    tag: 'g',
    attrs: { class: 'element' },
    children: [
      { tag: 'rect', attrs: { x: box.x, y: box.y, width: box.width, height: box.height, rx: 8, fill, stroke: '#94a3b8', 'stroke-width': 1 / (options.scale ?? 1) } },
      { tag: 'rect', attrs: { x: box.x, y: box.y, width: Math.max(4, 3 / (options.scale ?? 1)), height: box.height, fill: options.accent(node.kind) } },
    ],
  };
}

const FONT_TITLE = 14;
const FONT_BODY = 11.5;
const FONT_KIND = 10;
const PADDING = 10;

function text(x: number, y: number, content: string, attrs: Record<string, string | number> = {}): SvgNode {
  return { tag: 'text', attrs: { x: round(x), y: round(y), ...attrs }, text: content };
}

const round = (n: number) => Math.round(n * 10) / 10;

function frameNode(node: DiagramNode, options: SvgOptions): SvgNode {
  const { box } = node;
  const title = wrapText(node.title || options.t('canvas.node.untitled'), (box.width - 2 * PADDING) / 16, 1, true)[0] ?? '';
  return {
    tag: 'g',
    attrs: { class: 'frame' },
    children: [
      { tag: 'rect', attrs: { x: box.x, y: box.y, width: box.width, height: box.height, rx: 10, fill: '#f8fafc', stroke: '#94a3b8', 'stroke-width': 1.2 } },
      { tag: 'path', attrs: { d: `M${box.x} ${box.y + 34}H${box.x + box.width}`, stroke: '#e2e8f0', 'stroke-width': 1 } },
      text(box.x + PADDING + 2, box.y + 23, title, { 'font-size': 16, 'font-weight': 700, fill: '#334155' }),
    ],
  };
}

function elementNode(node: DiagramNode, options: SvgOptions): SvgNode {
  const { box } = node;
  const accent = options.accent(node.kind);
  const inner = box.width - 2 * PADDING;
  const isNote = node.kind === 'note';
  const children: SvgNode[] = [
    {
      tag: 'rect',
      attrs: { x: box.x, y: box.y, width: box.width, height: box.height, rx: 8, fill: isNote ? '#fefce8' : '#ffffff', stroke: '#cbd5e1', 'stroke-width': 1 },
    },
    { tag: 'rect', attrs: { x: box.x, y: box.y + 1, width: 4, height: box.height - 2, rx: 2, fill: accent } },
  ];
  let y = box.y + PADDING + FONT_KIND;
  const kind = options.t(`kinds.${node.kind}`).toUpperCase();
  children.push(text(box.x + PADDING + 2, y, kind, { 'font-size': FONT_KIND, 'font-weight': 700, fill: accent, 'letter-spacing': 0.4 }));
  if (node.ref) children.push(text(box.x + box.width - PADDING, y, node.ref, { 'font-size': FONT_KIND, fill: '#64748b', 'text-anchor': 'end' }));
  const verdictHeight = node.verdict ? 22 : 0;
  const room = box.y + box.height - PADDING - verdictHeight;
  const titleLines = wrapText(node.title || options.t('canvas.node.untitled'), inner / FONT_TITLE, 2, true);
  for (const line of titleLines) {
    y += FONT_TITLE + 4;
    if (y > room) break;
    children.push(text(box.x + PADDING + 2, y, line, { 'font-size': FONT_TITLE, 'font-weight': 700, fill: '#0f172a' }));
  }
  const bodyLines = Math.floor((room - y - 4) / (FONT_BODY + 3));
  if (node.body.trim() && bodyLines > 0) {
    y += 4;
    for (const line of wrapText(node.body, inner / FONT_BODY, bodyLines)) {
      y += FONT_BODY + 3;
      children.push(text(box.x + PADDING + 2, y, line, { 'font-size': FONT_BODY, fill: '#475569' }));
    }
  }
  if (node.verdict) {
    const label = options.t(`review.verdict.${node.verdict}`);
    const colours = VERDICT_COLOURS[node.verdict];
    const width = Math.min(inner, textWidth(label, true) * FONT_KIND + 14);
    const top = box.y + box.height - PADDING - 16;
    children.push(
      { tag: 'rect', attrs: { x: round(box.x + PADDING + 2), y: round(top), width: round(width), height: 16, rx: 8, fill: colours.fill } },
      text(box.x + PADDING + 9, top + 11.5, label, { 'font-size': FONT_KIND, 'font-weight': 700, fill: colours.text }),
    );
  }
  return { tag: 'g', attrs: { class: 'element' }, children };
}

function edgePath(from: Box, to: Box): { d: string; mid: { x: number; y: number } } {
  const sx = from.x + from.width;
  const sy = from.y + from.height / 2;
  const tx = to.x;
  const ty = to.y + to.height / 2;
  const k = Math.max(40, Math.abs(tx - sx) / 2);
  return {
    d: `M${round(sx)} ${round(sy)}C${round(sx + k)} ${round(sy)} ${round(tx - k)} ${round(ty)} ${round(tx)} ${round(ty)}`,
    mid: { x: (sx + tx) / 2, y: (sy + ty) / 2 },
  };
}

/** The diagram (or the part in `viewBox`) as an SVG tree, sized in plan units. */
export function diagramSvg(diagram: Diagram, options: SvgOptions): SvgNode {
  const view = options.viewBox ?? { x: diagram.bounds.x - 24, y: diagram.bounds.y - 24, width: diagram.bounds.width + 48, height: diagram.bounds.height + 48 };
  const boxes = new Map(diagram.nodes.map((n) => [n.id, n.box]));
  const overview = options.mode === 'overview';
  // Only what the view box shows: a page of a large plan carries its own part, not the whole plan.
  const visible = diagram.nodes.filter((n) => overlaps(n.box, view));
  const arrow = `${options.idPrefix ?? 'diagram'}-arrow`;
  const edges: SvgNode[] = [];
  const labels: SvgNode[] = [];
  for (const edge of diagram.edges) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (!from || !to) continue;
    const left = Math.min(from.x, to.x);
    const top = Math.min(from.y, to.y);
    const span = { x: left, y: top, width: Math.max(from.x + from.width, to.x + to.width) - left, height: Math.max(from.y + from.height, to.y + to.height) - top };
    if (!overlaps(span, view)) continue;
    const { d, mid } = edgePath(from, to);
    const pairs = edge.type === 'pairsWith';
    edges.push({
      tag: 'path',
      attrs: {
        d,
        fill: 'none',
        stroke: pairs ? '#6366f1' : '#64748b',
        'stroke-width': overview ? round(1 / (options.scale ?? 1)) : 1.6,
        ...(pairs ? { 'stroke-dasharray': '6 4' } : { 'marker-end': `url(#${arrow})` }),
        ...(edge.type === 'dependsOn' ? { 'stroke-dasharray': '2 3' } : {}),
      },
    });
    const label = edge.label.trim() || (edge.type === 'leadsTo' ? '' : options.t(`kinds.link.${edge.type}`));
    if (label && !overview) {
      labels.push(
        text(mid.x, mid.y - 4, wrapText(label, 14, 1)[0] ?? '', {
          'font-size': 10.5,
          fill: '#334155',
          'text-anchor': 'middle',
          stroke: '#ffffff',
          'stroke-width': 3,
          'paint-order': 'stroke',
        }),
      );
    }
  }
  const frames = visible.filter((n) => n.kind === 'frame').map((n) => (overview ? frameOverview(n, options) : frameNode(n, options)));
  const elements = visible.filter((n) => n.kind !== 'frame').map((n) => (overview ? elementOverview(n, options) : elementNode(n, options)));
  return {
    tag: 'svg',
    attrs: {
      viewBox: `${round(view.x)} ${round(view.y)} ${round(view.width)} ${round(view.height)}`,
      width: round(view.width),
      height: round(view.height),
      'font-family': options.fontFamily,
      role: 'img',
      'aria-label': options.title ?? options.t('brief.diagram.heading'),
    },
    children: [
      ...(options.title ? [{ tag: 'title', attrs: {}, text: options.title }] : []),
      {
        tag: 'defs',
        attrs: {},
        children: [
          {
            tag: 'marker',
            attrs: { id: arrow, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
            children: [{ tag: 'path', attrs: { d: 'M0 0L10 5L0 10z', fill: '#64748b' } }],
          },
        ],
      },
      { tag: 'rect', attrs: { x: round(view.x), y: round(view.y), width: round(view.width), height: round(view.height), fill: '#ffffff' } },
      { tag: 'g', attrs: { class: 'frames' }, children: frames },
      { tag: 'g', attrs: { class: 'links' }, children: edges },
      { tag: 'g', attrs: { class: 'elements' }, children: elements },
      { tag: 'g', attrs: { class: 'link-labels' }, children: labels },
    ],
  };
}
