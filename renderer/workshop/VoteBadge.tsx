import { Minus, Plus } from 'lucide-react';
import { memo, type SyntheticEvent } from 'react';
import type { ElementKind } from '../../shared/model/kinds';
import { useT } from '../i18n/useT';
import { placeVote, takeBackVote, useVoteView } from './votes';
import './workshop.css';

/** Keeps a press on the badge from also selecting, dragging or (by keys) moving the node. */
const stop = (event: SyntheticEvent) => event.stopPropagation();

/**
 * An element's dots on its canvas node: the count while a vote has any, and − / + for the
 * person voting now. Each node reads its own numbers, so a dot re-renders only its node.
 */
function VoteBadgeView({ elementId, kind }: { elementId: string; kind: ElementKind }) {
  const t = useT();
  const count = useVoteView((s) => s.counts[elementId] ?? 0);
  const mine = useVoteView((s) => s.mine[elementId] ?? 0);
  const voter = useVoteView((s) => s.voter);
  const left = useVoteView((s) => s.voterLeft);
  if (kind === 'frame' || (!voter && count === 0)) return null;
  const label = t('workshop.vote.badge', { count });
  return (
    <div className={`vote-badge nodrag${voter ? ' is-voting' : ''}`} onPointerDown={stop} onClick={stop} onDoubleClick={stop} onKeyDown={stop}>
      {voter && mine > 0 && (
        <button type="button" className="vote-badge__button" aria-label={t('workshop.vote.takeBack', { name: voter })} title={t('workshop.vote.takeBack', { name: voter })} onClick={() => takeBackVote(elementId)}>
          <Minus size={14} aria-hidden="true" />
        </button>
      )}
      {count > 0 && (
        <span className="vote-badge__count" role="img" aria-label={label} title={label}>
          <span className="vote-badge__dot" aria-hidden="true" />
          {count}
        </span>
      )}
      {voter && (
        <button type="button" className="vote-badge__button" aria-label={t('workshop.vote.give', { name: voter })} title={t('workshop.vote.give', { name: voter })} disabled={left === 0} onClick={() => placeVote(elementId)}>
          <Plus size={14} aria-hidden="true" />
        </button>
      )}
    </div>
  );
}

export const VoteBadge = memo(VoteBadgeView);
