import { FileText } from 'lucide-react';
import { memo, useMemo } from 'react';
import { sectionTitle } from '../../shared/brief/csv';
import { diagramOf, diagramPages, type Diagram, type DiagramPage } from '../../shared/brief/diagram';
import { fieldLabelKey, periodText } from '../../shared/brief/format';
import { reviewLine } from '../../shared/brief/markdown';
import { summaryHead, type BriefElement, type RegisterEntry } from '../../shared/brief/model';
import { diagramArea, fontStack, type PaperSize } from '../../shared/brief/print';
import { diagramSvg } from '../../shared/brief/svg';
import type { Language } from '../../shared/i18n/languages';
import { VERDICTS } from '../../shared/model/review';
import { KIND_STYLE } from '../canvas/kindStyle';
import { DocLink, elementAnchor, evidenceAnchor, KindChip, SectionPart, VerdictChip, type DocProps } from './BriefSections';
import { svgToReact } from './svgReact';

/** A plan of a few sections gives each its own page; a large one lets them follow on, or the brief doubles in length. */
const FLOW_SECTIONS_OVER = 8;

export interface BriefDocumentProps extends DocProps {
  language: Language;
  paper: PaperSize;
  generatedAt: number;
  /** Object URLs of the evidence pictures by attachment id; null: no picture (a PDF, or not on this laptop). */
  images: ReadonlyMap<string, string | null>;
}

/**
 * The brief as one document: the same markup is the in-app preview and, through the print
 * CSS (brief.css), the PDF. Parts are <h1>s and elements <h2>s, so Chromium's document
 * outline gives the PDF its bookmarks.
 */
export const BriefDocument = memo(function BriefDocument(props: BriefDocumentProps) {
  const { brief, t, language } = props;
  const evidenceIndex = useMemo(() => new Map(brief.evidence.map((e, i) => [e.attachment.id, i])), [brief]);
  const parts: Array<{ id: string; title: string }> = [
    { id: 'brief-summary', title: t('brief.summary.heading') },
    { id: 'brief-diagram', title: t('brief.diagram.heading') },
    { id: 'brief-pairs', title: t('brief.pairs.heading') },
    ...brief.sections.map((s) => ({ id: s.id, title: `${s.number} ${sectionTitle(s, t)}` })),
    { id: 'brief-register', title: t('brief.register.heading') },
    { id: 'brief-suggestions', title: t('brief.suggestions.heading') },
    { id: 'brief-evidence', title: t('brief.evidence.heading') },
  ];
  return (
    <article
      className={`brief-doc${brief.sections.length > FLOW_SECTIONS_OVER ? ' brief-doc--flow' : ''}`}
      lang={language}
      style={{ fontFamily: fontStack(language) }}
    >
      <Cover {...props} />
      <nav className="brief-part brief-toc" id="brief-toc" aria-labelledby="brief-toc-title">
        <h1 id="brief-toc-title">{t('brief.toc.heading')}</h1>
        <ol>
          {parts.map((p) => (
            <li key={p.id}>
              <DocLink to={p.id}>{p.title}</DocLink>
            </li>
          ))}
        </ol>
      </nav>
      <Summary {...props} />
      <DiagramPart {...props} />
      <Pairs {...props} />
      {brief.sections.map((section) => (
        <SectionPart key={section.id} section={section} brief={brief} t={t} format={props.format} evidenceIndex={evidenceIndex} />
      ))}
      <Register {...props} />
      <Suggestions {...props} />
      <Evidence {...props} />
    </article>
  );
});

function Cover({ brief, t, format, generatedAt }: BriefDocumentProps) {
  const { plan, signoffs } = brief;
  const facts: Array<[string, string]> = [
    [t('canvas.plan.brand'), plan.brand],
    [t('canvas.plan.market'), plan.market],
    [t('brief.cover.period'), periodText(plan, format)],
    [t('canvas.plan.currency'), plan.currency],
    [t('brief.cover.generated'), format.date(generatedAt)],
  ];
  return (
    <section className="brief-cover" id="brief-cover" aria-labelledby="brief-cover-title">
      <p className="brief-cover__kicker">{t('brief.cover.kicker')}</p>
      <h1 id="brief-cover-title">{plan.title || t('canvas.node.untitled')}</h1>
      <p className="brief-cover__subtitle">{t('brief.cover.subtitle')}</p>
      <div className="brief-cover__status">
        {brief.draft ? (
          <>
            <span className="brief-stamp">{t('brief.cover.draft')}</span>
            <span>{t('brief.cover.draftNote', { status: t(`common.status.${plan.status}`) })}</span>
          </>
        ) : (
          <span className="brief-stamp brief-stamp--agreed">{t('brief.cover.agreed')}</span>
        )}
      </div>
      <dl className="brief-facts">
        {facts
          .filter(([, value]) => value.trim())
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        <div>
          <dt>{t('brief.cover.status')}</dt>
          <dd>{t(`common.status.${plan.status}`)}</dd>
        </div>
      </dl>
      <section className="brief-signoffs" aria-labelledby="brief-signoffs-title">
        <h2 id="brief-signoffs-title">{t('brief.signoff.heading')}</h2>
        <table className="brief-table">
          <tbody>
            {signoffs.valid.map((s) => (
              <tr key={s.id}>
                <th scope="row">{t(`profile.role.${s.authorRole}`)}</th>
                <td>{s.authorName}</td>
                <td>{t('brief.signoff.signed', { date: format.dateTime(s.createdAt) })}</td>
              </tr>
            ))}
            {signoffs.missing.map((role) => (
              <tr key={role} className="is-missing">
                <th scope="row">{t(`profile.role.${role}`)}</th>
                <td colSpan={2}>{t('brief.signoff.missing', { role: t(`profile.role.${role}`) })}</td>
              </tr>
            ))}
            {signoffs.voided.map((s) => (
              <tr key={s.id} className="is-void">
                <th scope="row">{t(`profile.role.${s.authorRole}`)}</th>
                <td>{s.authorName}</td>
                <td>{t('brief.signoff.voided', { date: format.dateTime(s.createdAt) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

function ElementList({ items, t }: { items: BriefElement[]; t: DocProps['t'] }) {
  const { shown, more } = summaryHead(items);
  return (
    <ul className="brief-summary-list">
      {shown.map((e) => (
        <li key={e.element.id}>
          <DocLink to={elementAnchor(e.ref)}>
            <strong>{e.element.title || t('canvas.node.untitled')}</strong>
          </DocLink>{' '}
          <span className="brief-ref">{e.ref}</span>
          {e.element.body.trim() && <p className="brief-text">{e.element.body.trim()}</p>}
        </li>
      ))}
      {more > 0 && <li className="brief-muted">{t('brief.summary.more', { count: more })}</li>}
    </ul>
  );
}

function Summary({ brief, t, format }: BriefDocumentProps) {
  const { summary, plan } = brief;
  const blocks: Array<[string, BriefElement[]]> = [
    [t('brief.summary.objective'), summary.objectives],
    [t('brief.summary.target'), summary.targets],
    [t('brief.summary.positioning'), summary.positioning],
  ];
  const total = VERDICTS.reduce((n, v) => n + summary.verdicts[v], 0);
  const hasFigures = summary.budgetTotal !== null || summary.kpis.length > 0;
  const kpis = summaryHead(summary.kpis);
  const missing = [...blocks.filter(([, items]) => !items.length).map(([heading]) => heading), ...(hasFigures ? [] : [t('brief.summary.figures')])];
  return (
    <section className="brief-part" id="brief-summary" aria-labelledby="brief-summary-title">
      <h1 id="brief-summary-title">{t('brief.summary.heading')}</h1>
      <p className="brief-lead">
        <strong>{t('brief.summary.reviewLine')}</strong> {reviewLine(brief, t)}
      </p>
      {missing.length > 0 && (
        <p className="brief-muted">
          {missing.join(' · ')}: {t('brief.summary.none')}
        </p>
      )}
      <div className="brief-summary-grid">
        {blocks
          .filter(([, items]) => items.length)
          .map(([heading, items]) => (
            <section key={heading} className="brief-summary-block" aria-label={heading}>
              <p className="brief-block-title">{heading}</p>
              <ElementList items={items} t={t} />
            </section>
          ))}
        {hasFigures && (
          <section className="brief-summary-block" aria-label={t('brief.summary.figures')}>
            <p className="brief-block-title">{t('brief.summary.figures')}</p>
            <table className="brief-table brief-table--compact">
              <tbody>
                {summary.budgetTotal !== null && (
                  <tr>
                    <th scope="row">{t('brief.summary.budgetTotal', { count: summary.budgetLines })}</th>
                    <td className="brief-num">{format.money(summary.budgetTotal, plan.currency)}</td>
                  </tr>
                )}
                {kpis.shown.map((k) => (
                  <tr key={k.ref}>
                    <th scope="row">
                      {k.title || t('canvas.node.untitled')} <span className="brief-ref">{k.ref}</span>
                    </th>
                    <td className="brief-num">
                      {[k.metric, k.target === null ? '' : typeof k.target === 'number' ? format.number(k.target) : k.target].filter(Boolean).join(': ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {kpis.more > 0 && <p className="brief-muted">{t('brief.summary.more', { count: kpis.more })}</p>}
          </section>
        )}
      </div>
      <div className="brief-summary-grid">
        <section className="brief-summary-block" aria-label={t('brief.summary.verdicts')}>
          <p className="brief-block-title">{t('brief.summary.verdicts')}</p>
          {total > 0 ? (
            <>
              <div className="brief-bar" aria-hidden="true">
                {VERDICTS.filter((v) => summary.verdicts[v] > 0).map((v) => (
                  <span key={v} className={`brief-bar__part brief-verdict--${v}`} style={{ flexGrow: summary.verdicts[v] }} />
                ))}
              </div>
              <ul className="brief-plain-list">
                {VERDICTS.filter((v) => summary.verdicts[v] > 0).map((v) => (
                  <li key={v}>
                    <VerdictChip verdict={v} t={t} /> {format.number(summary.verdicts[v])}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="brief-muted">{t('brief.element.notReviewed')}</p>
          )}
        </section>
        <section className="brief-summary-block" aria-label={t('brief.summary.coverage')}>
          <p className="brief-block-title">{t('brief.summary.coverage')}</p>
          <p>{t(summary.coverage.balanced ? 'canvas.coverage.balanced' : 'canvas.coverage.unbalanced')}</p>
          <ul className="brief-plain-list">
            {brief.pairs
              .filter((p) => p.status !== 'unused')
              .map((p) => (
                <li key={p.p}>
                  {t(`kinds.${p.p}`)} ↔ {t(`kinds.${p.c}`)}: <span className={`brief-pair-state brief-pair-state--${p.status}`}>{t(`brief.pairs.state.${p.status}`)}</span>
                </li>
              ))}
          </ul>
        </section>
      </div>
    </section>
  );
}

function DiagramPart({ brief, t, paper }: BriefDocumentProps) {
  const withLinks: Diagram = useMemo(() => briefDiagram(brief), [brief]);
  const pages = useMemo(() => diagramPages(withLinks, diagramArea(paper)), [withLinks, paper]);
  const frameTitle = (id: string | null) => (id ? brief.elementsById.get(id)?.title || t('canvas.node.untitled') : t('brief.diagram.outside'));
  const caption = (page: DiagramPage) => {
    if (page.kind === 'whole' || page.kind === 'overview') return t('brief.diagram.overview');
    const region = frameTitle(page.frameId);
    return page.tile ? t('brief.diagram.part', { region, index: page.tile.index, count: page.tile.count }) : region;
  };
  return (
    <>
      {pages.map((page, i) => (
        <section
          key={i}
          className={`brief-part brief-diagram brief-diagram--${page.orientation}`}
          id={i === 0 ? 'brief-diagram' : undefined}
          aria-labelledby={i === 0 ? 'brief-diagram-title' : undefined}
          aria-label={i === 0 ? undefined : caption(page)}
        >
          {i === 0 ? <h1 id="brief-diagram-title">{t('brief.diagram.heading')}</h1> : <p className="brief-diagram__continued">{t('brief.diagram.heading')}</p>}
          <p className="brief-diagram__caption">{caption(page)}</p>
          <div className="brief-diagram__figure" style={{ width: page.viewBox.width * page.scale, height: page.viewBox.height * page.scale }}>
            {svgToReact({
              ...diagramSvg(withLinks, {
                t,
                accent: (kind) => KIND_STYLE[kind].accent,
                fontFamily: 'inherit',
                viewBox: page.viewBox,
                title: caption(page),
                idPrefix: `diagram-${i}`,
                mode: page.kind === 'overview' ? 'overview' : 'full',
                scale: page.scale,
              }),
            })}
          </div>
        </section>
      ))}
    </>
  );
}

/** The plan's diagram with the brief's references and each element's most serious verdict; `only` for a selection. */
export function briefDiagram(brief: BriefDocumentProps['brief'], only?: ReadonlySet<string>): Diagram {
  const refs = new Map(brief.sections.flatMap((s) => s.elements.map((e) => [e.element.id, e] as const)));
  return diagramOf([...brief.elementsById.values()], brief.links, {
    only,
    refOf: (id) => refs.get(id)?.ref ?? '',
    verdictOf: (id) => refs.get(id)?.state?.worst ?? null,
  });
}

function Pairs({ brief, t }: BriefDocumentProps) {
  const side = (items: BriefElement[]) =>
    items.length ? (
      <ul className="brief-plain-list">
        {items.map((e) => (
          <li key={e.element.id}>
            <DocLink to={elementAnchor(e.ref)}>{e.element.title || t('canvas.node.untitled')}</DocLink> <span className="brief-ref">{e.ref}</span>{' '}
            {e.state?.worst && <VerdictChip verdict={e.state.worst} t={t} />}
          </li>
        ))}
      </ul>
    ) : (
      <span className="brief-muted">—</span>
    );
  return (
    <section className="brief-part" id="brief-pairs" aria-labelledby="brief-pairs-title">
      <h1 id="brief-pairs-title">{t('brief.pairs.heading')}</h1>
      <p className="brief-lead">{t('brief.pairs.intro')}</p>
      <table className="brief-table brief-pairs">
        <thead>
          <tr>
            <th scope="col">{t('brief.pairs.p')}</th>
            <th scope="col">{t('brief.pairs.status')}</th>
            <th scope="col">{t('brief.pairs.c')}</th>
          </tr>
        </thead>
        <tbody>
          {brief.pairs.map((pair) => (
            <tr key={pair.p}>
              <td>
                <KindChip kind={pair.p} t={t} />
                {side(pair.pElements)}
              </td>
              <td className="brief-pairs__state">
                <span className={`brief-pair-state brief-pair-state--${pair.status}`}>{t(`brief.pairs.state.${pair.status}`)}</span>
                {pair.linked && <span className="brief-muted"> · {t('brief.pairs.linked')}</span>}
              </td>
              <td>
                <KindChip kind={pair.c} t={t} />
                {side(pair.cElements)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RegisterTable({ entries, heading, t }: { entries: RegisterEntry[]; heading: string; t: DocProps['t'] }) {
  return (
    <table className="brief-table brief-register">
      <thead>
        <tr>
          <th scope="col">{t('brief.register.element')}</th>
          <th scope="col">{heading}</th>
          <th scope="col">{t('brief.register.raisedBy')}</th>
          <th scope="col">{t('brief.register.status')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.review.id}>
            <td>
              <DocLink to={elementAnchor(e.ref)}>
                <span className="brief-ref">{e.ref}</span> {e.element.title || t('canvas.node.untitled')}
              </DocLink>
            </td>
            <td className="brief-pre">{e.text}</td>
            <td>
              {e.review.authorName} <VerdictChip verdict={e.review.verdict} t={t} />
            </td>
            <td>
              {e.open ? (
                <span className="brief-outcome brief-outcome--open">{t('brief.register.open')}</span>
              ) : (
                <>
                  <span className="brief-outcome brief-outcome--accepted">{t('brief.register.resolved')}</span>
                  {e.review.decisionNote.trim() && <span className="brief-pre">: {e.review.decisionNote.trim()}</span>}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Register({ brief, t }: BriefDocumentProps) {
  return (
    <section className="brief-part" id="brief-register" aria-labelledby="brief-register-title">
      <h1 id="brief-register-title">{t('brief.register.heading')}</h1>
      <h2>{t('brief.register.risks')}</h2>
      {brief.register.risks.length ? <RegisterTable entries={brief.register.risks} heading={t('review.field.risks')} t={t} /> : <p className="brief-muted">{t('brief.register.noRisks')}</p>}
      <h2>{t('brief.register.objections')}</h2>
      {brief.register.objections.length ? (
        <RegisterTable entries={brief.register.objections} heading={t('review.field.objections')} t={t} />
      ) : (
        <p className="brief-muted">{t('brief.register.noObjections')}</p>
      )}
    </section>
  );
}

function Suggestions({ brief, t, format }: BriefDocumentProps) {
  return (
    <section className="brief-part" id="brief-suggestions" aria-labelledby="brief-suggestions-title">
      <h1 id="brief-suggestions-title">{t('brief.suggestions.heading')}</h1>
      {brief.suggestions.length ? (
        <table className="brief-table">
          <thead>
            <tr>
              <th scope="col">{t('brief.register.ref')}</th>
              <th scope="col">{t('brief.register.element')}</th>
              <th scope="col">{t('review.suggestion.field')}</th>
              <th scope="col">{t('brief.suggestions.proposed')}</th>
              <th scope="col">{t('brief.suggestions.by')}</th>
              <th scope="col">{t('brief.suggestions.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {brief.suggestions.map(({ ref, element, suggestion: s }) => (
              <tr key={s.id}>
                <td className="brief-ref">
                  <DocLink to={elementAnchor(ref)}>{ref}</DocLink>
                </td>
                <td>{element.title || t('canvas.node.untitled')}</td>
                <td>{t(fieldLabelKey(s.field))}</td>
                <td className="brief-pre">{s.value === null ? t('review.suggestion.empty') : typeof s.value === 'number' ? format.number(s.value) : s.value}</td>
                <td>{s.authorName}</td>
                <td>
                  <span className={`brief-outcome brief-outcome--${s.state}`}>{t(`review.suggestion.state.${s.state}`)}</span>
                  {s.decidedBy.trim() && <span className="brief-muted"> · {s.decidedBy}</span>}
                  {s.reason.trim() && <span className="brief-pre">: {s.reason.trim()}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="brief-muted">{t('brief.suggestions.none')}</p>
      )}
    </section>
  );
}

function Evidence({ brief, t, format, images }: BriefDocumentProps) {
  return (
    <section className="brief-part" id="brief-evidence" aria-labelledby="brief-evidence-title">
      <h1 id="brief-evidence-title">{t('brief.evidence.heading')}</h1>
      {brief.evidence.length ? (
        <div className="brief-evidence">
          {brief.evidence.map((e, i) => {
            const url = images.get(e.attachment.id);
            return (
              <figure key={e.attachment.id} id={evidenceAnchor(i)} className="brief-evidence__item">
                <div className="brief-evidence__picture">
                  {url ? (
                    <img src={url} alt={e.attachment.name} />
                  ) : (
                    <span className="brief-evidence__file">
                      <FileText size={28} aria-hidden="true" />
                      {e.attachment.type === 'application/pdf' ? t('brief.evidence.pdf') : t('brief.evidence.missing')}
                    </span>
                  )}
                </div>
                <figcaption>
                  <strong>
                    E{i + 1} · {e.attachment.name}
                  </strong>
                  <span>
                    <DocLink to={elementAnchor(e.ref)}>{e.ref}</DocLink> {e.element.title || t('canvas.node.untitled')}
                  </span>
                  <span className="brief-muted">
                    {e.review.authorName} · {format.date(e.review.createdAt)}
                  </span>
                </figcaption>
              </figure>
            );
          })}
        </div>
      ) : (
        <p className="brief-muted">{t('brief.evidence.none')}</p>
      )}
    </section>
  );
}
