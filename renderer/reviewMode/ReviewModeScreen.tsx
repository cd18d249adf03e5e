import { ArrowLeft, ChevronDown, ChevronUp, CircleCheck, SkipForward } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { counterpartElement, reviewOrder, reviewStates } from '../../shared/review/reviews';
import { navigate, planHash, reviewHash } from '../app/router';
import { useSession } from '../app/session';
import { SaveStatus } from '../canvas/panels/SaveStatus';
import { useEditor } from '../canvas/store';
import { PlanMissing, useOpenPlan } from '../canvas/useOpenPlan';
import { useCommands } from '../commands/registry';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { ProfileMenu } from '../profile/ProfileMenu';
import { useCan, useProfile } from '../profile/store';
import { ReviewForm } from '../review/ReviewForm';
import { EMPTY_DRAFT, updateDraft, useReviews, type ReviewDraft } from '../review/store';
import { useChangedSince, useWalkKeys } from './hooks';
import { KeyLegend } from './KeyLegend';
import type { WalkKey } from './keys';
import { ReviewRail, type RailStatus } from './ReviewRail';
import './reviewMode.css';
import { Subject } from './Subject';
import { frameOf, myVerdicts, nextUnreviewed, startIndex, walkProgress } from './walk';

/**
 * Review mode (`#/plan/<id>/review[/<elementId>]`): a sales rep's walk through a plan, one
 * element at a time, fully offline. The plan is opened as the editor opens it, and another
 * window's changes arrive the same way.
 */
export function ReviewModeScreen({ planId, elementId }: { planId: string; elementId: string | null }) {
  const status = useEditor((s) => s.status);
  const loaded = useReviews((s) => s.loaded);
  const { t } = useTranslation();
  useOpenPlan(planId, t('reviewMode.title'));

  if (status === 'missing') return <PlanMissing />;
  if (status !== 'ready' || !loaded) {
    return (
      <main className="centered-screen" aria-busy="true">
        <p>{t('common.opening')}</p>
      </main>
    );
  }
  return <ReviewWalk planId={planId} initialId={elementId} />;
}

function hasDraft(draft: ReviewDraft | undefined): boolean {
  if (!draft) return false;
  return (Object.keys(EMPTY_DRAFT) as Array<keyof ReviewDraft>).some((key) => {
    const value = draft[key];
    return Array.isArray(value) ? value.length > 0 : value !== EMPTY_DRAFT[key];
  });
}

function ReviewWalk({ planId, initialId }: { planId: string; initialId: string | null }) {
  const { t } = useTranslation();
  const { platform } = useSession();
  const elements = useEditor((s) => s.elements);
  const links = useEditor((s) => s.links);
  const planTitle = useEditor((s) => s.plan?.title ?? '');
  const reviewsById = useReviews((s) => s.reviews);
  const suggestionsById = useReviews((s) => s.suggestions);
  // Which elements hold an unsaved draft, as one string: typing in the form leaves the rail be.
  const draftKey = useReviews((s) => Object.keys(s.drafts).filter((id) => hasDraft(s.drafts[id])).sort().join(' '));
  const profileId = useProfile((s) => s.profile?.id ?? '');
  const canReview = useCan('review');

  const elementList = useMemo(() => Object.values(elements), [elements]);
  const linkList = useMemo(() => Object.values(links), [links]);
  const order = useMemo(() => reviewOrder(elementList), [elementList]);
  const reviews = useMemo(() => Object.values(reviewsById), [reviewsById]);
  const mine = useMemo(() => myVerdicts(reviews, profileId), [reviews, profileId]);
  const team = useMemo(() => reviewStates(reviews, Object.values(suggestionsById)), [reviews, suggestionsById]);
  // Progress is mine when I review; for everyone else it is the team's.
  const done = useMemo<ReadonlySet<string>>(
    () => (canReview ? new Set(mine.keys()) : new Set([...team].filter(([, state]) => state.count > 0).map(([id]) => id))),
    [canReview, mine, team],
  );
  const changed = useChangedSince(planId, reviews, profileId);

  const statuses = useMemo(() => {
    const drafted = new Set(draftKey.split(' '));
    const map = new Map<string, RailStatus>();
    for (const element of order) {
      const state = team.get(element.id);
      const verdict = canReview ? (mine.get(element.id) ?? null) : (state?.worst ?? null);
      const verdictText = !verdict
        ? t('reviewMode.status.none')
        : canReview
          ? t('reviewMode.status.mine', { verdict: t(`review.verdict.${verdict}`) })
          : t('reviewMode.status.team', { verdict: t(`review.verdict.${verdict}`), count: state?.count ?? 0 });
      map.set(element.id, { verdict, verdictText, draft: canReview && drafted.has(element.id), changed: changed.has(element.id) });
    }
    return map;
  }, [order, team, mine, canReview, draftKey, changed, t]);

  // Where the walk stands. An element deleted meanwhile (in another window) leaves the rep at its place.
  const [currentId, setCurrentId] = useState<string | null>(() => order[startIndex(order, done, initialId)]?.id ?? null);
  const lastIndex = useRef(0);
  let index = currentId ? order.findIndex((e) => e.id === currentId) : -1;
  if (index < 0 && order.length > 0) index = Math.min(lastIndex.current, order.length - 1);
  lastIndex.current = Math.max(index, 0);
  const current = index >= 0 ? order[index] : undefined;

  const subject = useRef<HTMLElement>(null);
  const formPane = useRef<HTMLElement>(null);
  const main = useRef<HTMLElement>(null);
  const focusOnStep = useRef(false);
  // "Review of … saved": shown on the element the walk moves on to, until the next step.
  const [notice, setNotice] = useState('');
  const go = useCallback(
    (to: number, keepNotice = false) => {
      const target = order[to];
      if (!target) return;
      focusOnStep.current = true;
      setCurrentId(target.id);
      if (!keepNotice) setNotice('');
    },
    [order],
  );
  useEffect(() => {
    // A reload keeps the rep's place; replacing (not pushing) keeps Back meaning "leave review mode".
    if (current) window.history.replaceState(window.history.state, '', reviewHash(planId, current.id));
    if (focusOnStep.current) {
      focusOnStep.current = false;
      main.current?.scrollTo({ top: 0 });
      subject.current?.focus({ preventScroll: true });
    }
  }, [planId, current]);

  const progress = walkProgress(order, done);
  const nextOpen = nextUnreviewed(order, done, index);
  const back = useCallback(() => navigate(planHash(planId)), [planId]);
  const afterSave = () => {
    if (current) setNotice(t('reviewMode.form.saved', { title: current.title || t('canvas.node.untitled') }));
    if (index < order.length - 1) go(index + 1, true);
    else if (nextOpen >= 0) go(nextOpen, true);
  };

  useCommands({
    'plan.library': () => navigate('#/'),
    'window.new': () => void platform.openWindow(reviewHash(planId, current?.id)),
    'review.start': back,
  });

  useWalkKeys((key: WalkKey) => {
    switch (key.action) {
      case 'next':
        return go(index + 1);
      case 'previous':
        return go(index - 1);
      case 'nextUnreviewed':
        return nextOpen >= 0 ? go(nextOpen) : undefined;
      case 'verdict':
        if (canReview && current) updateDraft(current.id, { verdict: key.verdict });
        return;
      case 'save':
        // Inside the form, the form saves itself (and calls onSaved); elsewhere, ask it to.
        formPane.current?.querySelector('form')?.requestSubmit();
        return;
      case 'leaveField':
        (document.activeElement as HTMLElement | null)?.blur();
        subject.current?.focus({ preventScroll: true });
        return;
      case 'back':
        return back();
    }
  });

  const counterpart = current ? counterpartElement(current, elementList, linkList) : undefined;
  const counterpartIndex = counterpart ? order.findIndex((e) => e.id === counterpart.id) : -1;

  return (
    <div className={`review-mode${canReview ? '' : ' review-mode--read-only'}`}>
      <header className="rm-header">
        <button type="button" onClick={back} aria-keyshortcuts="Escape">
          <ArrowLeft size={16} aria-hidden="true" />
          {t('reviewMode.back')}
        </button>
        <div className="rm-header__title">
          <span className="rm-header__mode">{t('reviewMode.title')}</span>
          <h1>{planTitle || t('canvas.node.untitled')}</h1>
        </div>
        <div className="rm-progress">
          <span id="rm-progress-text">
            {t(canReview ? 'reviewMode.progress' : 'reviewMode.progressTeam', { reviewed: progress.reviewed, total: progress.total })}
          </span>
          <progress aria-labelledby="rm-progress-text" max={Math.max(progress.total, 1)} value={progress.reviewed} />
        </div>
        <button type="button" onClick={() => go(nextOpen)} disabled={nextOpen < 0} aria-keyshortcuts="N">
          <SkipForward size={16} aria-hidden="true" />
          {nextOpen < 0 && progress.total > 0 ? t('reviewMode.allReviewed') : t('reviewMode.nextUnreviewed')}
        </button>
        <div className="rm-header__step">
          <button
            type="button"
            className="icon-button"
            aria-label={t('reviewMode.previous')}
            title={t('reviewMode.previous')}
            aria-keyshortcuts="K Alt+ArrowUp PageUp"
            disabled={index <= 0}
            onClick={() => go(index - 1)}
          >
            <ChevronUp size={18} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('reviewMode.next')}
            title={t('reviewMode.next')}
            aria-keyshortcuts="J Alt+ArrowDown PageDown"
            disabled={index < 0 || index >= order.length - 1}
            onClick={() => go(index + 1)}
          >
            <ChevronDown size={18} aria-hidden="true" />
          </button>
        </div>
        <div className="rm-header__spacer" />
        <SaveStatus />
        <ProfileMenu />
        <LanguageSwitch />
      </header>
      <div className="rm-body">
        <ReviewRail order={order} elements={elements} currentId={current?.id ?? null} statuses={statuses} onPick={go} />
        <main ref={main} className="rm-main" aria-label={t('reviewMode.element.label')}>
          {!canReview && <p className="rm-note">{t('reviewMode.form.readOnly')}</p>}
          <p className="rm-saved" role="status">
            {notice && <CircleCheck size={16} aria-hidden="true" />}
            {notice}
          </p>
          {current ? (
            <Subject
              ref={subject}
              element={current}
              index={index}
              total={order.length}
              frame={frameOf(current, elements)}
              status={statuses.get(current.id)}
              changedFields={changed.get(current.id)}
              counterpart={counterpart}
              counterpartStatus={counterpart ? statuses.get(counterpart.id) : undefined}
              onGoToCounterpart={counterpartIndex >= 0 ? () => go(counterpartIndex) : undefined}
            />
          ) : (
            <p className="rm-empty">{t('reviewMode.empty')}</p>
          )}
        </main>
        {canReview && (
          <aside ref={formPane} className="rm-form" aria-label={t('reviewMode.form.heading')}>
            {current && <ReviewForm key={current.id} elementId={current.id} onSaved={afterSave} />}
          </aside>
        )}
      </div>
      <KeyLegend canReview={canReview} />
    </div>
  );
}
