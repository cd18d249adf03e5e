import { GitCompareArrows } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../shared/model/conflict';
import { useCan } from '../profile/store';
import { ConflictCard } from './ConflictCard';
import { useElementConflicts, useOpenConflicts } from './store';
import './conflicts.css';

/** The plan inspector's list heading: the toolbar's conflict count brings the focus here. */
export const PLAN_CONFLICTS_ID = 'plan-conflicts';

/**
 * Conflicts one after another. After a resolution the card goes; the focus moves to the
 * next one (or the section), and a status line says what was decided.
 */
function ConflictList({ conflicts, showSubject, sectionRef }: { conflicts: Conflict[]; showSubject: (c: Conflict) => boolean; sectionRef: React.RefObject<HTMLElement | null> }) {
  const [message, setMessage] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    if (focusAt.current === null) return;
    const cards = listRef.current?.querySelectorAll<HTMLElement>('.conflict-card') ?? [];
    const next = cards[Math.min(focusAt.current, cards.length - 1)];
    (next ?? sectionRef.current)?.focus();
    focusAt.current = null;
  }, [conflicts, sectionRef]);
  return (
    <>
      <p className="visually-hidden" role="status">
        {message}
      </p>
      <ul className="conflict-list" ref={listRef}>
        {conflicts.map((conflict, index) => (
          <li key={conflict.id}>
            <ConflictCard
              conflict={conflict}
              showSubject={showSubject(conflict)}
              onResolved={(text) => {
                focusAt.current = index;
                setMessage(text);
              }}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

function Section({ id, title, intro, conflicts, showSubject }: { id?: string; title: string; intro: string; conflicts: Conflict[]; showSubject: (c: Conflict) => boolean }) {
  const { t } = useTranslation();
  const canResolve = useCan('editContent');
  const ref = useRef<HTMLElement>(null);
  const headingId = `${id ?? 'element-conflicts'}-heading`;
  return (
    <section className="conflict-section" aria-labelledby={headingId} id={id} ref={ref} tabIndex={-1}>
      <h2 id={headingId}>
        <GitCompareArrows size={16} aria-hidden="true" />
        {title}
      </h2>
      <p>{intro}</p>
      {!canResolve && <p>{t('conflicts.section.readOnly')}</p>}
      <ConflictList conflicts={conflicts} showSubject={showSubject} sectionRef={ref} />
    </section>
  );
}

/** At the top of an element's Details: its fields (and its reviews') changed on two laptops at once. */
export function ElementConflicts({ elementId }: { elementId: string }) {
  const { t } = useTranslation();
  const conflicts = useElementConflicts(elementId);
  if (conflicts.length === 0) return null;
  return <Section title={t('conflicts.section.title')} intro={t('conflicts.section.intro')} conflicts={conflicts} showSubject={(c) => c.entity !== 'element'} />;
}

/** At the top of the plan's inspector: every open conflict of the plan, to go through one by one. */
export function PlanConflicts() {
  const { t } = useTranslation();
  const conflicts = useOpenConflicts();
  if (conflicts.length === 0) return null;
  return (
    <Section
      id={PLAN_CONFLICTS_ID}
      title={t('conflicts.plan.title', { count: conflicts.length })}
      intro={t('conflicts.plan.intro')}
      conflicts={conflicts}
      showSubject={() => true}
    />
  );
}
