import { Crosshair } from 'lucide-react';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change } from '../../shared/changes/change';
import { parseHlc } from '../../shared/changes/hlc';
import { fieldValue, type ConflictChoice } from '../../shared/exchange';
import type { AnyEntity } from '../../shared/exchange/state';
import type { Conflict } from '../../shared/model/conflict';
import { useSession } from '../app/session';
import { flush, useEditor } from '../canvas/store';
import { fieldKey, loadLatestFieldChanges } from '../db';
import { useFormat } from '../i18n/format';
import { revealElement } from '../palette/reveal';
import { useCan, useProfile } from '../profile/store';
import { useReviews } from '../review/store';
import { REVIEW_SIDE, resolve } from './actions';
import { describeSubject, elementOf, fieldLabelKey } from './model';

/** The record a conflict is about, kept current as the open plan changes. */
function useTarget(conflict: Conflict): AnyEntity | undefined {
  const { entity, entityId } = conflict;
  const fromEditor = useEditor((s) => {
    if (entity === 'plan') return s.plan?.id === entityId ? s.plan : undefined;
    if (entity === 'element') return s.elements[entityId];
    if (entity === 'link') return s.links[entityId];
    return undefined;
  });
  const fromReviews = useReviews((s) => {
    const collection = REVIEW_SIDE[entity];
    return collection ? s[collection][entityId] : undefined;
  });
  return (fromEditor ?? fromReviews) as AnyEntity | undefined;
}

/** Who wrote what the field shows, and when: its latest change (read after queued edits land). */
function useShownBy(conflict: Conflict, shown: unknown): Change | undefined {
  const { db } = useSession();
  const [latest, setLatest] = useState<Change>();
  useEffect(() => {
    let live = true;
    void flush()
      .then(() => loadLatestFieldChanges(db, [conflict]))
      .then((found) => live && setLatest(found.get(fieldKey(conflict.entityId, conflict.field))));
    return () => {
      live = false;
    };
  }, [db, conflict, shown]);
  return latest;
}

/** A person's name from the profiles this laptop knows (every author came with a file or was made here). */
function useAuthorName(): (id: string | undefined) => string {
  const { t } = useTranslation();
  const profiles = useProfile((s) => s.profiles);
  return (id) => profiles.find((p) => p.id === id)?.name ?? t('conflicts.card.unknownAuthor');
}

export function useFieldLabel(): (conflict: Conflict) => string {
  const { t } = useTranslation();
  return (conflict) => t(fieldLabelKey(conflict.field), { defaultValue: conflict.field });
}

/** What a conflict is about, in words ("Giá", "review by Lan", "the plan"). */
export function useSubject(conflict: Conflict): string {
  const { t } = useTranslation();
  const elements = useEditor((s) => s.elements);
  const links = useEditor((s) => s.links);
  const reviews = useReviews((s) => s.reviews);
  const suggestions = useReviews((s) => s.suggestions);
  const comments = useReviews((s) => s.comments);
  const attachments = useReviews((s) => s.attachments);
  return describeSubject(conflict, { elements, links, reviews, suggestions, comments, attachments }, t);
}

function Version({ shown, author, hlc, value, children }: { shown: boolean; author: string; hlc: string | undefined; value: unknown; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const wall = hlc ? parseHlc(hlc)?.wall : undefined;
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  return (
    <section className={`conflict-version${shown ? ' is-shown' : ''}`} role="group" aria-label={t(shown ? 'conflicts.card.groupShown' : 'conflicts.card.groupOther', { author })}>
      <p className="conflict-version__label">{t(shown ? 'conflicts.card.shown' : 'conflicts.card.other')}</p>
      <p className="conflict-version__meta">{wall === undefined ? author : t('conflicts.card.by', { author, time: format.dateTime(wall) })}</p>
      <p className={`conflict-version__text${text ? '' : ' is-empty'}`}>{text || t('conflicts.card.empty')}</p>
      {children}
    </section>
  );
}

/**
 * One field in conflict: the version shown and each version kept, with who wrote it and
 * when, and (for people who edit content) the three ways to decide: keep the one shown,
 * take another, or write the text to keep. Everyone else sees the versions read-only.
 */
export function ConflictCard({ conflict, showSubject, onResolved }: { conflict: Conflict; showSubject: boolean; onResolved: (message: string) => void }) {
  const { t } = useTranslation();
  const canResolve = useCan('editContent');
  const target = useTarget(conflict);
  const current = target ? fieldValue(target, conflict.field) : null;
  const shownBy = useShownBy(conflict, current);
  const nameOf = useAuthorName();
  const field = useFieldLabel()(conflict);
  const subject = useSubject(conflict);
  const elementId = useReviews((s) => elementOf(conflict, s));
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editId = useId();

  const decide = async (choice: ConflictChoice) => {
    setBusy(true);
    const done = await resolve(conflict, choice);
    setBusy(false);
    if (done) onResolved(t('conflicts.card.resolved', { field, subject }));
  };

  return (
    <article className="conflict-card" aria-label={t('conflicts.card.label', { field })} tabIndex={-1} data-conflict-id={conflict.id}>
      <div className="conflict-card__head">
        <h3>
          {showSubject && <span className="conflict-card__subject">{subject}</span>}
          {field}
        </h3>
        {showSubject && elementId && (
          <button type="button" className="quiet" onClick={() => revealElement(elementId)}>
            <Crosshair size={14} aria-hidden="true" />
            {t('conflicts.card.show')}
          </button>
        )}
      </div>
      <Version shown author={nameOf(shownBy?.author)} hlc={shownBy?.hlc} value={current}>
        {canResolve && (
          <button type="button" disabled={busy || !target} onClick={() => void decide({ kind: 'current' })}>
            {t('conflicts.card.keep')}
          </button>
        )}
      </Version>
      {conflict.versions.map((version) => (
        <Version key={version.changeId} shown={false} author={nameOf(version.author)} hlc={version.hlc} value={version.value}>
          {canResolve && (
            <button type="button" disabled={busy || !target} onClick={() => void decide({ kind: 'version', changeId: version.changeId })}>
              {t('conflicts.card.take')}
            </button>
          )}
        </Version>
      ))}
      {canResolve &&
        (draft === null ? (
          <div className="conflict-card__actions">
            <button type="button" disabled={busy || !target} onClick={() => setDraft(typeof current === 'string' ? current : '')}>
              {t('conflicts.card.edit')}
            </button>
          </div>
        ) : (
          <div className="conflict-card__edit">
            <label htmlFor={editId} className="field-label">
              {t('conflicts.card.editLabel')}
            </label>
            <textarea
              id={editId}
              value={draft}
              maxLength={20000}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void decide({ kind: 'edit', value: draft });
                if (e.key === 'Escape') {
                  e.stopPropagation();
                  setDraft(null);
                }
              }}
            />
            <div className="conflict-card__actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void decide({ kind: 'edit', value: draft })}>
                {t('conflicts.card.save')}
              </button>
              <button type="button" onClick={() => setDraft(null)}>
                {t('conflicts.card.cancel')}
              </button>
            </div>
          </div>
        ))}
    </article>
  );
}
