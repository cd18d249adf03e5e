import { FileText, Paperclip, X } from 'lucide-react';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanElement } from '../../shared/model/element';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, VERDICTS, type Review } from '../../shared/model/review';
import { isReviewable } from '../../shared/review/reviews';
import { useEditor } from '../canvas/store';
import { displayAccelerator } from '../commands/keyboard';
import { useCan, useProfile } from '../profile/store';
import { submitReview } from './actions';
import { useObjectUrl } from './AttachmentThumb';
import { clearDraft, EMPTY_DRAFT, updateDraft, useReviews, type ReviewDraft } from './store';
import { SuggestedChanges } from './SuggestedChanges';
import { VERDICT_ICON } from './VerdictBadge';
import { addFiles, draftFromReview, EVIDENCE_FIELDS, formatSize, isSubmitShortcut, refusalMessage, splitReviews } from './view';
import './review.css';

const CONFIDENCE = [1, 2, 3, 4, 5] as const;

/**
 * The structured feasibility review of one element, bound to the element's draft in
 * `useReviews` (so the review-mode screen can set the verdict from the keyboard with
 * `updateDraft` and embed this same form). Saving writes the review, its attachments and
 * suggested changes as one step; a refused save keeps the draft and says why.
 * Only people who review (sales) get the form; everyone else reads a line saying so.
 */
export function ReviewForm({ elementId, onSaved }: { elementId: string; onSaved?: () => void }) {
  const { t } = useTranslation();
  const canReview = useCan('review');
  const element = useEditor((s) => s.elements[elementId]);
  if (!element || !isReviewable(element)) return null;
  if (!canReview) return <p className="review-note">{t('review.form.salesOnly')}</p>;
  return <ReviewFormGate key={elementId} element={element} onSaved={onSaved} />;
}

/**
 * Once someone has reviewed an element, the form folds away behind "Review again" (and says
 * the review was saved), so the cards stay in view. A draft in progress always shows it:
 * review mode sets the verdict from the keyboard through the draft.
 */
function ReviewFormGate({ element, onSaved }: { element: PlanElement; onSaved?: () => void }) {
  const { t } = useTranslation();
  const hasDraft = useReviews((s) => element.id in s.drafts);
  const reviews = useReviews((s) => s.reviews);
  const me = useProfile((s) => s.profile?.id);
  const mine = useMemo(() => splitReviews(Object.values(reviews), element.id).current.find((r) => r.author === me), [reviews, element.id, me]);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  if (mine && !hasDraft && !open) {
    return (
      <div className="review-form review-form--folded">
        {saved && (
          <p className="review-saved" role="status">
            {t('review.form.saved')}
          </p>
        )}
        <button type="button" onClick={() => setOpen(true)}>
          {t('review.form.headingAgain')}
        </button>
      </div>
    );
  }
  return (
    <ReviewFormBody
      element={element}
      mine={mine}
      onCancel={
        mine
          ? () => {
              clearDraft(element.id);
              setOpen(false);
            }
          : undefined
      }
      onSaved={() => {
        setSaved(true);
        setOpen(false);
        onSaved?.();
      }}
    />
  );
}

function ReviewFormBody({
  element,
  mine,
  onSaved,
  onCancel,
}: {
  element: PlanElement;
  mine: Review | undefined;
  onSaved: () => void;
  onCancel: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const draft = useReviews((s) => s.drafts[element.id]) ?? EMPTY_DRAFT;
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const verdictRef = useRef<HTMLFieldSetElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const message = (refusal: { problem: string; name?: string }) => refusalMessage((key, options) => t(key, options), refusal, i18n.language);

  const set = (patch: Partial<ReviewDraft>) => updateDraft(element.id, patch);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setProblem(null);
    try {
      const refusal = await submitReview(element.id);
      if (refusal) {
        setProblem(message(refusal));
        if (refusal.problem === 'verdictMissing') verdictRef.current?.querySelector('input')?.focus();
      } else {
        onSaved();
      }
    } catch (error) {
      setProblem(t('review.error.notSaved', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  const choose = (chosen: FileList | null) => {
    const { files, refusal } = addFiles(draft.files, [...(chosen ?? [])]);
    set({ files });
    setProblem(refusal ? message(refusal) : null);
    if (fileRef.current) fileRef.current.value = ''; // The same file may be chosen again after removing it.
  };

  return (
    <form
      className="review-form"
      aria-labelledby={`${uid}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (isSubmitShortcut(e.nativeEvent)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <h3 id={`${uid}-heading`} className="review-form__heading">
        {mine ? t('review.form.headingAgain') : t('review.form.heading')}
      </h3>
      {mine && (
        <div className="review-form__again">
          <p>{t('review.form.againHint')}</p>
          <button type="button" className="quiet" onClick={() => set(draftFromReview(mine))}>
            {t('review.form.startFromCurrent')}
          </button>
        </div>
      )}

      <fieldset className="review-form__verdicts" ref={verdictRef}>
        <legend>{t('review.field.verdict')}</legend>
        {VERDICTS.map((verdict) => {
          const Icon = VERDICT_ICON[verdict];
          return (
            <label key={verdict} className={`verdict-option verdict-tone--${verdict}`}>
              <input type="radio" name={`${uid}-verdict`} value={verdict} checked={draft.verdict === verdict} onChange={() => set({ verdict })} />
              <Icon size={16} aria-hidden="true" />
              <span>{t(`review.verdict.${verdict}`)}</span>
            </label>
          );
        })}
      </fieldset>

      <fieldset className="review-form__confidence" aria-describedby={`${uid}-confidence-hint`}>
        <legend>{t('review.field.confidence')}</legend>
        <div className="confidence-scale">
          {CONFIDENCE.map((value) => (
            <label key={value} className="confidence-option">
              <input type="radio" name={`${uid}-confidence`} value={value} checked={draft.confidence === value} onChange={() => set({ confidence: value })} />
              <span>{value}</span>
            </label>
          ))}
        </div>
        <p id={`${uid}-confidence-hint`} className="review-form__hint">
          {t('review.form.confidenceHint')}
        </p>
      </fieldset>

      {EVIDENCE_FIELDS.map((field) => (
        <div key={field} className="field">
          <label htmlFor={`${uid}-${field}`}>{t(`review.field.${field}`)}</label>
          <textarea
            id={`${uid}-${field}`}
            rows={2}
            value={draft[field]}
            placeholder={t(`review.form.placeholder.${field}`)}
            onChange={(e) => set({ [field]: e.target.value })}
          />
        </div>
      ))}

      <fieldset className="review-form__attachments">
        <legend>{t('review.field.attachments')}</legend>
        {draft.files.length > 0 && (
          <ul className="chosen-files">
            {draft.files.map((file, i) => (
              <ChosenFile key={`${file.name}-${i}`} file={file} onRemove={() => set({ files: draft.files.filter((_, j) => j !== i) })} />
            ))}
          </ul>
        )}
        <label className="file-picker">
          <input
            ref={fileRef}
            type="file"
            multiple
            accept={ATTACHMENT_TYPES.join(',')}
            className="visually-hidden"
            onChange={(e) => choose(e.target.files)}
          />
          <Paperclip size={16} aria-hidden="true" />
          <span>{t('review.attachment.choose')}</span>
        </label>
        <p className="review-form__hint">{t('review.attachment.hint', { limit: formatSize(ATTACHMENT_MAX_BYTES, i18n.language) })}</p>
      </fieldset>

      <SuggestedChanges element={element} rows={draft.suggestions} onChange={(suggestions) => set({ suggestions })} />

      {/* The message sits in the sticky bar beside Save, so it shows wherever the form is scrolled. */}
      <div className="review-form__actions">
        {problem && (
          <p className="review-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="primary" disabled={saving} aria-keyshortcuts="Control+Enter">
          {saving ? t('review.form.saving') : t('review.form.save')}
        </button>
        <kbd className="review-form__shortcut">{displayAccelerator('CmdOrCtrl+Enter')}</kbd>
        {onCancel && (
          <button type="button" className="quiet review-form__cancel" onClick={onCancel}>
            {t('common.actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function ChosenFile({ file, onRemove }: { file: File; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const url = useObjectUrl(file.type.startsWith('image/') ? file : null);
  return (
    <li className="chosen-file">
      {url ? <img src={url} alt="" /> : <FileText size={20} aria-hidden="true" />}
      <span className="chosen-file__name" title={file.name}>
        {file.name}
      </span>
      <span className="chosen-file__size">{formatSize(file.size, i18n.language)}</span>
      <button type="button" className="icon-button" aria-label={t('review.attachment.remove', { name: file.name })} title={t('review.attachment.remove', { name: file.name })} onClick={onRemove}>
        <X size={16} aria-hidden="true" />
      </button>
    </li>
  );
}
