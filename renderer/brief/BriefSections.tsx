import { memo, type ReactNode } from 'react';
import { sectionTitle } from '../../shared/brief/csv';
import { fieldLabelKey, fieldText, suggestedValueText, type BriefFormat, type BriefT } from '../../shared/brief/format';
import type { Brief, BriefElement, BriefReview, BriefSection } from '../../shared/brief/model';
import type { Verdict } from '../../shared/model/review';
import { KIND_STYLE } from '../canvas/kindStyle';

/** Anchors inside the document: the table of contents, the register and the appendix link to them. */
export const elementAnchor = (ref: string) => `element-${ref.replace('.', '-')}`;
export const evidenceAnchor = (index: number) => `evidence-${index + 1}`;

export interface DocProps {
  brief: Brief;
  t: BriefT;
  format: BriefFormat;
}

export function VerdictChip({ verdict, t }: { verdict: Verdict; t: BriefT }) {
  return <span className={`brief-verdict brief-verdict--${verdict}`}>{t(`review.verdict.${verdict}`)}</span>;
}

export function KindChip({ kind, t }: { kind: BriefElement['element']['kind']; t: BriefT }) {
  return (
    <span className="brief-kind" style={{ color: KIND_STYLE[kind].accent, borderColor: KIND_STYLE[kind].accent }}>
      {t(`kinds.${kind}`)}
    </span>
  );
}

/** A link inside the document: a PDF link when printed, a scroll in the preview (the hash is the route). */
export function DocLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      href={`#${to}`}
      onClick={(event) => {
        event.preventDefault();
        const target = document.getElementById(to);
        target?.scrollIntoView({ block: 'start' });
        // Parts lay out as they come into view (content-visibility): aim again once they have.
        requestAnimationFrame(() => requestAnimationFrame(() => target?.scrollIntoView({ block: 'start' })));
      }}
    >
      {children}
    </a>
  );
}

function Text({ text, className }: { text: string; className?: string }) {
  return <p className={`brief-text${className ? ` ${className}` : ''}`}>{text}</p>;
}

function Confidence({ value, t }: { value: number; t: BriefT }) {
  return (
    <span className="brief-confidence">
      <span className="brief-confidence__dots" aria-hidden="true">
        {'●'.repeat(value)}
        <span className="is-off">{'●'.repeat(5 - value)}</span>
      </span>
      {t('review.card.confidence', { value })}
    </span>
  );
}

/** A plain "feasible" with nothing raised asks for no decision; anything else waits for one until resolved. */
function needsDecision(review: BriefReview['review']): boolean {
  return review.verdict !== 'feasible' || !!review.objections.trim() || !!review.risks.trim();
}

function ReviewBlock({ entry, t, format, evidenceIndex }: DocProps & { entry: BriefReview; evidenceIndex: ReadonlyMap<string, number> }) {
  const { review, comments, attachments, suggestions } = entry;
  const fields: Array<[string, string]> = [
    [t('review.field.effort'), review.effort],
    [t('review.field.risks'), review.risks],
    [t('review.field.objections'), review.objections],
    [t('review.field.competitorEvidence'), review.competitorEvidence],
    [t('review.field.comment'), review.comment],
  ];
  return (
    <div className={`brief-review brief-review--${review.verdict}`}>
      <div className="brief-review__head">
        <VerdictChip verdict={review.verdict} t={t} />
        <Confidence value={review.confidence} t={t} />
        <span className="brief-review__by">
          {review.authorName} · {t(`profile.role.${review.authorRole}`)} · {format.date(review.createdAt)}
        </span>
      </div>
      <dl className="brief-review__fields">
        {fields
          .filter(([, text]) => text.trim())
          .map(([label, text]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        {suggestions.length > 0 && (
          <div>
            <dt>{t('review.suggestion.heading')}</dt>
            <dd>
              <ul className="brief-plain-list">
                {suggestions.map((s) => (
                  <li key={s.id}>
                    {t(fieldLabelKey(s.field))} → “{suggestedValueText(s.value, format) || t('review.suggestion.empty')}” ·{' '}
                    <strong className={`brief-outcome brief-outcome--${s.state}`}>{t(`review.suggestion.state.${s.state}`)}</strong>
                    {s.reason.trim() ? `: ${s.reason}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {attachments.length > 0 && (
          <div>
            <dt>{t('review.field.attachments')}</dt>
            <dd>
              {attachments.map((a, i) => {
                const index = evidenceIndex.get(a.id);
                return (
                  <span key={a.id}>
                    {i > 0 && ', '}
                    {index === undefined ? a.name : <DocLink to={evidenceAnchor(index)}>{`${a.name} (E${index + 1})`}</DocLink>}
                  </span>
                );
              })}
            </dd>
          </div>
        )}
      </dl>
      {comments.length > 0 && (
        <ul className="brief-thread">
          {comments.map((c) => (
            <li key={c.id} className="brief-text">
              <span className="brief-thread__by">
                {t('brief.element.reply', { name: c.authorName })} · {format.date(c.createdAt)}
              </span>{' '}
              {c.body}
            </li>
          ))}
        </ul>
      )}
      {review.resolved ? (
        <p className="brief-decision">
          <strong>{t('review.card.decision')}:</strong> {review.decisionNote.trim() || t('review.card.resolved')}
        </p>
      ) : (
        needsDecision(review) && <p className="brief-decision brief-decision--open">{t('brief.element.open')}</p>
      )}
    </div>
  );
}

const ElementCard = memo(function ElementCard({ entry, brief, t, format, evidenceIndex }: DocProps & { entry: BriefElement; evidenceIndex: ReadonlyMap<string, number> }) {
  const { element, counterparts } = entry;
  const unreviewed = entry.reviewable && entry.reviews.length === 0;
  return (
    <article className="brief-element" id={elementAnchor(entry.ref)} aria-labelledby={`${elementAnchor(entry.ref)}-title`}>
      <header className="brief-element__head" style={{ borderLeftColor: KIND_STYLE[element.kind].accent }}>
        <h2 id={`${elementAnchor(entry.ref)}-title`}>
          <span className="brief-ref">{entry.ref}</span> {element.title || t('canvas.node.untitled')}
        </h2>
        <div className="brief-element__chips">
          <KindChip kind={element.kind} t={t} />
          {entry.state?.worst && <VerdictChip verdict={entry.state.worst} t={t} />}
          {unreviewed && <span className="brief-unreviewed">{t('overlay.badge.notReviewed')}</span>}
        </div>
      </header>
      {element.body.trim() && <Text text={element.body.trim()} />}
      {entry.fields.length > 0 && (
        <dl className="brief-fields">
          {entry.fields.map((f) => (
            <div key={f.key}>
              <dt>{t(`kinds.field.${f.key}`)}</dt>
              <dd>{fieldText(f, format, brief.plan.currency)}</dd>
            </div>
          ))}
        </dl>
      )}
      {counterparts.length > 0 && (
        <p className="brief-counterpart">
          {counterparts.map((c, i) => (
            <span key={c.element.id}>
              {i > 0 && ' · '}
              <DocLink to={elementAnchor(c.ref)}>{t('brief.element.counterpart', { title: `${c.ref} ${c.element.title || t('canvas.node.untitled')}` })}</DocLink>
            </span>
          ))}
        </p>
      )}
      {entry.reviews.length > 0 && (
        <div className="brief-reviews">
          {entry.reviews.map((r) => (
            <ReviewBlock key={r.review.id} entry={r} brief={brief} t={t} format={format} evidenceIndex={evidenceIndex} />
          ))}
        </div>
      )}
    </article>
  );
});

export function SectionPart({ section, brief, t, format, evidenceIndex }: DocProps & { section: BriefSection; evidenceIndex: ReadonlyMap<string, number> }) {
  return (
    <section className="brief-part brief-section" id={section.id} aria-labelledby={`${section.id}-title`}>
      <h1 id={`${section.id}-title`}>
        <span className="brief-ref">{section.number}</span> {sectionTitle(section, t)}
      </h1>
      {section.frame?.body.trim() && <Text text={section.frame.body.trim()} className="brief-lead" />}
      {section.elements.map((entry) => (
        <ElementCard key={entry.element.id} entry={entry} brief={brief} t={t} format={format} evidenceIndex={evidenceIndex} />
      ))}
    </section>
  );
}
