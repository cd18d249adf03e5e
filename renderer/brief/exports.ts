import { create } from 'zustand';
import { reviewsCsv } from '../../shared/brief/csv';
import type { BriefFormat, BriefT } from '../../shared/brief/format';
import { briefMarkdown } from '../../shared/brief/markdown';
import type { Brief, BriefInput } from '../../shared/brief/model';
import { fontStack, type PaperSize } from '../../shared/brief/print';
import { diagramSvg, svgDocument } from '../../shared/brief/svg';
import type { Language } from '../../shared/i18n/languages';
import { safeFileName } from '../../shared/ipc/files';
import { KIND_STYLE } from '../canvas/kindStyle';
import type { FileKind, Platform } from '../platform';
import { briefDiagram } from './BriefDocument';

/**
 * The brief's exports, one at a time, with a step people can read and a cancel. Every
 * export ends in `platform.saveFile` (a native dialog in Electron, a download in the
 * browser); the PDF is printed from the brief view on screen.
 */
export type ExportTask = 'pdf' | 'markdown' | 'csv' | 'png' | 'svg';
export type ExportStep = 'preparing' | 'printing' | 'drawing' | 'saving';

interface ExportState {
  running: { task: ExportTask; step: ExportStep } | null;
  /** What became of the last export, for the status line. */
  outcome: { kind: 'saved'; name: string } | { kind: 'cancelled' } | { kind: 'failed'; detail: string } | { kind: 'tooLarge' } | null;
}

export const useExport = create<ExportState>()(() => ({ running: null, outcome: null }));

let controller: AbortController | null = null;

export function cancelExport() {
  controller?.abort();
}

class Cancelled extends Error {}
class TooLarge extends Error {}

export interface ExportContext {
  brief: Brief;
  input: BriefInput;
  t: BriefT;
  format: BriefFormat;
  language: Language;
  paper: PaperSize;
  platform: Platform;
  generatedAt: number;
  /** The elements the image exports draw; all of them when null. */
  selection: ReadonlySet<string> | null;
  /** The brief view's root: the PDF waits for its fonts and pictures. */
  view: HTMLElement | null;
}

/** Runs one export; a second one while another runs is ignored (the buttons are disabled then). */
export async function runExport(task: ExportTask, context: ExportContext): Promise<void> {
  if (useExport.getState().running) return;
  controller = new AbortController();
  const { signal } = controller;
  const step = (next: ExportStep) => {
    if (signal.aborted) throw new Cancelled();
    useExport.setState({ running: { task, step: next } });
  };
  useExport.setState({ running: { task, step: 'preparing' }, outcome: null });
  try {
    const file = await produce(task, context, step, signal);
    if (!file) {
      useExport.setState({ outcome: null });
      return;
    }
    step('saving');
    const name = safeFileName(file.name, file.kind);
    const result = await context.platform.saveFile({ suggestedName: name, bytes: file.bytes, kind: file.kind });
    useExport.setState({ outcome: result === 'saved' ? { kind: 'saved', name } : { kind: 'cancelled' } });
  } catch (error) {
    if (error instanceof Cancelled || signal.aborted) useExport.setState({ outcome: { kind: 'cancelled' } });
    else if (error instanceof TooLarge) useExport.setState({ outcome: { kind: 'tooLarge' } });
    else useExport.setState({ outcome: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) } });
  } finally {
    controller = null;
    useExport.setState({ running: null });
  }
}

const encoder = new TextEncoder();

async function produce(
  task: ExportTask,
  context: ExportContext,
  step: (next: ExportStep) => void,
  signal: AbortSignal,
): Promise<{ name: string; kind: FileKind; bytes: Uint8Array } | null> {
  const { brief, t, format } = context;
  const base = `${brief.plan.title || t('canvas.node.untitled')} · ${t('brief.view.title')}`;
  switch (task) {
    case 'markdown':
      return { name: base, kind: 'markdown', bytes: encoder.encode(briefMarkdown(brief, { t, format, generatedAt: context.generatedAt })) };
    case 'csv':
      return { name: base, kind: 'csv', bytes: encoder.encode(reviewsCsv(brief, context.input, t, format)) };
    case 'svg':
      return { name: base, kind: 'svg', bytes: encoder.encode(imageSvg(context)) };
    case 'png': {
      step('drawing');
      const bytes = await rasterise(imageSvg(context), signal);
      return { name: base, kind: 'png', bytes };
    }
    case 'pdf': {
      await whenViewReady(context.view);
      step('printing');
      const bytes = await context.platform.printToPdf({ pageSize: context.paper });
      // The browser printed through its own dialog: nothing to save here.
      return bytes ? { name: base, kind: 'pdf', bytes } : null;
    }
  }
}

function imageSvg({ brief, t, language, selection }: ExportContext): string {
  const diagram = briefDiagram(brief, selection ?? undefined);
  return svgDocument(diagramSvg(diagram, { t, accent: (kind) => KIND_STYLE[kind].accent, fontFamily: fontStack(language), title: brief.plan.title }));
}

/** Fonts loaded and every picture decoded: what Chromium prints is then what the view shows. */
export async function whenViewReady(view: HTMLElement | null): Promise<void> {
  await document.fonts.ready;
  const images = view ? [...view.querySelectorAll('img')] : [];
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** Chromium's canvas limits: per side, and in total pixels. */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 128 * 1024 * 1024;
/** Twice the plan's size: crisp on a slide or a high-density screen. */
const PNG_SCALE = 2;

/** Draws the SVG into a canvas through an <img> (the CSP allows blob: images) and encodes a PNG. */
async function rasterise(svg: string, signal: AbortSignal): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    if (signal.aborted) throw new Cancelled();
    const width = image.naturalWidth;
    const height = image.naturalHeight;
    const scale = Math.min(PNG_SCALE, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
    if (scale < 0.25) throw new TooLarge();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (signal.aborted) throw new Cancelled();
    if (!blob) throw new TooLarge();
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
