import { BadgeCheck, CircleAlert, Send, Signature, TriangleAlert, Undo2 } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signoff } from '../../shared/model/review';
import { canSign, signoffState, type SignRefusal } from '../../shared/review/signoff';
import { useEditor } from '../canvas/store';
import { useFormat } from '../i18n/format';
import { useCan, useProfile } from '../profile/store';
import { setPlanStatus, signPlan } from './actions';
import { openPanel, useDock } from './dock';
import { DockPanel } from './DockPanel';
import { agreementVoided, voidedToShow } from './overlayModel';
import { STATUS_ICONS } from './PlanStatusControl';
import { useReviews } from './store';

function useSignoffs(): Signoff[] {
  const signoffs = useReviews((s) => s.signoffs);
  return useMemo(() => Object.values(signoffs), [signoffs]);
}

function SignoffRow({ signoff, isVoid }: { signoff: Signoff; isVoid: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const who = (
    <>
      <span className="signoff__who">
        <span className="signoff__name">{signoff.authorName}</span> <span className="signoff__role">{t(`profile.role.${signoff.authorRole}`)}</span>
      </span>
      <time dateTime={new Date(signoff.createdAt).toISOString()}>{dateTime(signoff.createdAt)}</time>
    </>
  );
  return isVoid ? (
    <li className="signoff__row is-void">
      <CircleAlert size={14} aria-hidden="true" />
      <div>
        <s>{who}</s>
        <span className="signoff__void">{t('overlay.signoff.void')}</span>
      </div>
    </li>
  ) : (
    <li className="signoff__row">
      <BadgeCheck size={14} aria-hidden="true" />
      <div>{who}</div>
    </li>
  );
}

/**
 * The plan's status and sign-offs: who signed this version, whose signature a later edit
 * voided (struck through), which roles are still needed, and a "Sign off" for whoever is
 * working. Marketing can take a plan in review back to draft.
 */
export function SignoffBlock() {
  const { t } = useTranslation();
  const plan = useEditor((s) => s.plan);
  const profile = useProfile((s) => s.profile);
  const canEdit = useCan('editContent');
  const signoffs = useSignoffs();
  const revision = plan?.revision ?? '';
  const state = useMemo(() => signoffState({ revision }, signoffs), [revision, signoffs]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const hintId = useId();
  if (!plan) return null;

  const status = plan.status;
  const StatusIcon = STATUS_ICONS[status];
  const signedNow = !!profile && state.valid.some((s) => s.author === profile.id);
  // An agreed plan is closed to new signatures; for someone who signed it, "you signed" says more.
  const refusal: SignRefusal | null = !profile ? 'notInReview' : signedNow ? 'alreadySigned' : canSign(plan, signoffs, profile.id);
  const voided = voidedToShow(state);

  async function sign() {
    setBusy(true);
    setError(null);
    try {
      const refused = await signPlan();
      if (refused) setError(t([`overlay.signoff.refusal.${refused.problem}`, `review.error.${refused.problem}`], { name: refused.name ?? '' }));
    } catch (e) {
      setError(t('overlay.signoff.notSaved', { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="signoff" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('overlay.signoff.title')}</h2>
      <div className={`signoff__status is-${status}`}>
        <span className={`status-badge status-${status}`}>
          <StatusIcon size={14} aria-hidden="true" />
          {t(`common.status.${status}`)}
        </span>
        <p>{t(`overlay.status.explain.${status}`)}</p>
      </div>
      {canEdit && status === 'draft' && (
        <button type="button" className="primary signoff__send" onClick={() => void setPlanStatus('inFieldReview')}>
          <Send size={16} aria-hidden="true" />
          {t('overlay.status.sendToReview')}
        </button>
      )}
      {canEdit && status === 'inFieldReview' && (
        <button type="button" className="signoff__back" onClick={() => void setPlanStatus('draft')}>
          <Undo2 size={14} aria-hidden="true" />
          {t('overlay.status.backToDraft')}
        </button>
      )}
      <h3>{t('overlay.signoff.signatures')}</h3>
      {state.valid.length === 0 && <p className="signoff__none">{t('overlay.signoff.none')}</p>}
      {(state.valid.length > 0 || voided.length > 0) && (
        <ul className="signoff__list">
          {state.valid.map((s) => (
            <SignoffRow key={s.id} signoff={s} isVoid={false} />
          ))}
          {voided.map((s) => (
            <SignoffRow key={s.id} signoff={s} isVoid />
          ))}
        </ul>
      )}
      {!state.complete && (
        <ul className="signoff__missing">
          {state.missing.map((role) => (
            <li key={role}>{t(`overlay.signoff.needs.${role}`)}</li>
          ))}
        </ul>
      )}
      <div className="signoff__sign">
        <button type="button" className="primary" disabled={!!refusal || busy} aria-describedby={hintId} onClick={() => void sign()}>
          <Signature size={16} aria-hidden="true" />
          {t('overlay.signoff.sign')}
        </button>
        <p id={hintId} className="signoff__hint">
          {refusal
            ? t(`overlay.signoff.refusal.${refusal}`)
            : t('overlay.signoff.signAs', { name: profile?.name ?? '', role: profile ? t(`profile.role.${profile.role}`) : '' })}
        </p>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** The sign-off block floating over the canvas. */
export function SignoffPanel() {
  const { t } = useTranslation();
  return (
    <DockPanel panel="signoff" closeLabel={t('overlay.signoff.close')}>
      <SignoffBlock />
    </DockPanel>
  );
}

/**
 * A strip under the toolbar when the plan is Agreed, or when an edit voided its agreement
 * (the plan went back to review and needs signing again).
 */
export function PlanNotice() {
  const { t } = useTranslation();
  const status = useEditor((s) => s.plan?.status);
  const revision = useEditor((s) => s.plan?.revision ?? '');
  const signoffs = useSignoffs();
  const panelOpen = useDock((s) => s.signoff);
  const voided = useMemo(() => agreementVoided({ revision }, signoffs), [revision, signoffs]);
  if (!status || (status !== 'agreed' && !voided)) return null;
  const agreed = status === 'agreed';
  const Icon = agreed ? BadgeCheck : TriangleAlert;
  return (
    <div className={`plan-notice${agreed ? ' is-agreed' : ' is-voided'}`} role="status">
      <Icon size={16} aria-hidden="true" />
      <span>{agreed ? t('overlay.notice.agreed') : t('overlay.notice.voided')}</span>
      {!panelOpen && (
        <button type="button" className="quiet" onClick={() => openPanel('signoff')}>
          {t('overlay.notice.show')}
        </button>
      )}
    </div>
  );
}
