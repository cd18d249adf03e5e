import i18next from 'i18next';
import { ArrowLeft, FileDown, FileSpreadsheet, FileText, Image, ImageDown, Printer, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { briefFormat, type BriefT } from '../../shared/brief/format';
import { buildBrief, type BriefInput } from '../../shared/brief/model';
import { pageCss, PAPER_SIZES, type PaperSize } from '../../shared/brief/print';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { navigate, planHash } from '../app/router';
import { useSession } from '../app/session';
import { useCommands } from '../commands/registry';
import { onSync } from '../sync/channel';
import './brief.css';
import { BriefDocument } from './BriefDocument';
import { cancelExport, runExport, useExport, whenViewReady, type ExportTask } from './exports';
import { loadBriefInput, loadEvidenceImages } from './load';
import { rememberedSelection } from './selection';

const SETTINGS_KEY = 'campaign-workbench.brief';
/** Another window's edits reach the preview after a pause: someone may be typing. */
const RELOAD_DEBOUNCE_MS = 500;

interface Settings {
  paper: PaperSize;
  language: Language | null;
}

function loadSettings(): Settings {
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<Settings>;
    return {
      paper: PAPER_SIZES.includes(saved.paper as PaperSize) ? (saved.paper as PaperSize) : defaultPaper(),
      language: isLanguage(saved.language) ? saved.language : null,
    };
  } catch {
    return { paper: defaultPaper(), language: null };
  }
}

/** Letter where it is the norm (the Americas' Letter countries), A4 elsewhere. */
function defaultPaper(): PaperSize {
  return /-(US|CA|MX|PH)$/i.test(navigator.language) ? 'Letter' : 'A4';
}

/**
 * The brief view (`#/plan/<id>/brief`): the in-app preview of the joint brief and the very
 * page that is printed to PDF. The brief's language and paper are chosen here, apart from
 * the UI's language.
 */
export function BriefScreen({ planId }: { planId: string }) {
  const { db, platform } = useSession();
  const { t: ui, i18n } = useTranslation();
  const [input, setInput] = useState<BriefInput | null | undefined>(undefined);
  const [images, setImages] = useState<Map<string, Blob | null> | null>(null);
  const [imageProgress, setImageProgress] = useState<{ done: number; total: number } | null>(null);
  const [settings, setSettings] = useState(loadSettings);
  const [scope, setScope] = useState<'plan' | 'selection'>('plan');
  const [generatedAt] = useState(() => Date.now());
  const view = useRef<HTMLDivElement>(null);
  const language: Language = settings.language ?? (isLanguage(i18n.language) ? i18n.language : 'en');
  const paper = settings.paper;
  const selection = useMemo(() => rememberedSelection(planId), [planId]);

  // The plan and its reviews, re-read when another window changes them.
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => void loadBriefInput(db, planId).then((loaded) => live && setInput(loaded ?? null));
    read();
    const stop = onSync((message) => {
      if (message.type !== 'changes' || message.planId !== planId) return;
      clearTimeout(timer);
      timer = setTimeout(read, RELOAD_DEBOUNCE_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      stop();
    };
  }, [db, planId]);

  // The evidence pictures, read once per set of attachments.
  const attachmentKey = input ? `loaded ${input.attachments.map((a) => `${a.id}:${a.deleted}`).join(',')}` : '';
  useEffect(() => {
    if (!input) return;
    const abort = new AbortController();
    void loadEvidenceImages(db, input.attachments, (done, total) => setImageProgress({ done, total }), abort.signal).then((loaded) => {
      if (!abort.signal.aborted) setImages(loaded);
    });
    return () => abort.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-read only when the attachments change
  }, [db, attachmentKey]);
  const imageUrls = useObjectUrls(images);

  const t = useMemo<BriefT>(() => i18next.getFixedT(language) as unknown as BriefT, [language]);
  const format = useMemo(() => briefFormat(language), [language]);
  const brief = useMemo(() => (input ? buildBrief(input) : null), [input]);
  const ready = !!brief && !!images;

  // The PDF's title is the plan's.
  useEffect(() => {
    if (brief) document.title = brief.plan.title || t('canvas.node.untitled');
  }, [brief, t]);
  // The page is ready to print once fonts and pictures are in: tests and the benchmark wait for this.
  const [printable, setPrintable] = useState(false);
  useEffect(() => {
    setPrintable(false);
    if (!ready) return;
    let live = true;
    void whenViewReady(view.current).then(() => live && setPrintable(true));
    return () => {
      live = false;
    };
  }, [ready, imageUrls, language, paper]);

  const updateSettings = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
  };

  const start = (task: ExportTask) => {
    if (!brief || !input) return;
    void runExport(task, {
      brief,
      input,
      t,
      format,
      language,
      paper,
      platform,
      generatedAt,
      selection: scope === 'selection' && selection.length ? new Set(selection) : null,
      view: view.current,
    });
  };

  useCommands({
    'plan.library': () => navigate('#/'),
    'window.new': () => void platform.openWindow(planHash(planId)),
  });

  if (input === null) {
    return (
      <main className="centered-screen">
        <p>{ui('canvas.missing')}</p>
        <button type="button" className="primary" onClick={() => navigate('#/')}>
          {ui('canvas.toolbar.back')}
        </button>
      </main>
    );
  }
  return (
    <div className="brief-screen">
      <style>
        {pageCss(paper, language, {
          header: t('brief.print.header'),
          title: brief?.plan.title ?? '',
          draft: brief?.draft === false ? '' : t('brief.cover.draft'),
          footer: `${t('brief.cover.generated')} ${format.date(generatedAt)}`,
          pageOf: t('brief.print.pageOf'),
        })}
      </style>
      <BriefToolbar
        planId={planId}
        paper={paper}
        language={language}
        onSettings={updateSettings}
        onExport={start}
        canExport={printable}
        scope={scope}
        onScope={setScope}
        selectionCount={selection.length}
        pdfLabel={platform.kind === 'electron' ? ui('brief.export.pdf') : ui('brief.export.print')}
      />
      <main className="brief-preview" aria-label={ui('brief.view.label')} aria-busy={!printable} data-printable={printable ? 'true' : 'false'}>
        {!ready && (
          <p className="brief-preview__loading" role="status">
            {imageProgress && imageProgress.total > 0 ? `${ui('brief.export.step.preparing')} ${imageProgress.done}/${imageProgress.total}` : ui('brief.view.loading')}
          </p>
        )}
        <div className={`brief-paper brief-paper--${paper}`} ref={view}>
          {brief && images && <BriefDocument brief={brief} t={t} format={format} language={language} paper={paper} generatedAt={generatedAt} images={imageUrls} />}
        </div>
      </main>
    </div>
  );
}

/**
 * Object URLs for the evidence pictures while the view shows them: made with the pictures (so
 * the document renders once, with them), revoked when they change or the view goes.
 */
function useObjectUrls(blobs: Map<string, Blob | null> | null): ReadonlyMap<string, string | null> {
  const urls = useMemo(() => new Map([...(blobs ?? [])].map(([id, blob]) => [id, blob ? URL.createObjectURL(blob) : null])), [blobs]);
  useEffect(
    () => () => {
      for (const url of urls.values()) if (url) URL.revokeObjectURL(url);
    },
    [urls],
  );
  return urls;
}

function BriefToolbar(props: {
  planId: string;
  paper: PaperSize;
  language: Language;
  onSettings: (patch: Partial<Settings>) => void;
  onExport: (task: ExportTask) => void;
  canExport: boolean;
  scope: 'plan' | 'selection';
  onScope: (scope: 'plan' | 'selection') => void;
  selectionCount: number;
  pdfLabel: string;
}) {
  const { t } = useTranslation();
  const running = useExport((s) => s.running);
  const disabled = !props.canExport || !!running;
  const button = (task: ExportTask, label: string, Icon: typeof FileText, primary = false) => (
    <button type="button" className={primary ? 'primary' : undefined} disabled={disabled} onClick={() => props.onExport(task)} aria-busy={running?.task === task}>
      <Icon size={16} aria-hidden="true" />
      {label}
    </button>
  );
  return (
    <header className="brief-toolbar">
      <button type="button" className="tool-button" aria-label={t('brief.view.back')} title={t('brief.view.back')} onClick={() => navigate(planHash(props.planId))}>
        <ArrowLeft size={18} aria-hidden="true" />
      </button>
      <span className="brief-toolbar__title">{t('brief.view.title')}</span>
      <div className="brief-toolbar__group" role="group" aria-label={t('brief.view.settings')}>
        <label>
          <span>{t('brief.view.paper')}</span>
          <select value={props.paper} onChange={(e) => props.onSettings({ paper: e.target.value as PaperSize })}>
            {PAPER_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('brief.view.language')}</span>
          <select value={props.language} onChange={(e) => isLanguage(e.target.value) && props.onSettings({ language: e.target.value })}>
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng} lang={lng}>
                {LANGUAGE_NAMES[lng]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="brief-toolbar__group" role="group" aria-label={t('brief.view.export')}>
        {button('pdf', props.pdfLabel, Printer, true)}
        {button('markdown', t('brief.export.markdown'), FileDown)}
        {button('csv', t('brief.export.csv'), FileSpreadsheet)}
      </div>
      <div className="brief-toolbar__group" role="group" aria-label={t('brief.view.imageOf')}>
        <label>
          <span>{t('brief.view.imageOf')}</span>
          <select value={props.scope} onChange={(e) => props.onScope(e.target.value === 'selection' ? 'selection' : 'plan')}>
            <option value="plan">{t('brief.view.scope.plan')}</option>
            {props.selectionCount > 0 && <option value="selection">{t('brief.view.scope.selection', { count: props.selectionCount })}</option>}
          </select>
        </label>
        {button('png', t('brief.export.png'), Image)}
        {button('svg', t('brief.export.svg'), ImageDown)}
      </div>
      <ExportStatus />
    </header>
  );
}

function ExportStatus() {
  const { t } = useTranslation();
  const running = useExport((s) => s.running);
  const outcome = useExport((s) => s.outcome);
  let text = '';
  if (running) text = t(`brief.export.step.${running.step}`);
  else if (outcome?.kind === 'saved') text = t('brief.export.saved', { name: outcome.name });
  else if (outcome?.kind === 'cancelled') text = t('brief.export.cancelled');
  else if (outcome?.kind === 'tooLarge') text = t('brief.export.tooLarge');
  else if (outcome?.kind === 'failed') text = t('brief.export.failed', { detail: outcome.detail });
  return (
    <div className={`brief-toolbar__status${outcome?.kind === 'failed' ? ' is-error' : ''}`}>
      <span role="status">{text}</span>
      {running && (
        <button type="button" className="tool-button" onClick={cancelExport} aria-label={t('brief.export.cancel')} title={t('brief.export.cancel')}>
          <X size={16} aria-hidden="true" />
        </button>
      )}
    </div>
  );
}
