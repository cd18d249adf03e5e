import { GitCompareArrows } from 'lucide-react';
import { memo } from 'react';
import { useT } from '../i18n/useT';
import { useElementConflictCount } from './store';
import './conflicts.css';

/**
 * On a canvas node: this element has text changed on two laptops at once. Icon and word
 * (never colour alone); one number subscription per node, so it costs nothing until a
 * conflict arrives.
 */
function ConflictMarkerView({ elementId }: { elementId: string }) {
  const t = useT();
  const count = useElementConflictCount(elementId);
  if (count === 0) return null;
  return (
    <div className="conflict-marker" title={t('conflicts.marker.title', { count })}>
      <GitCompareArrows size={12} aria-hidden="true" />
      <span>{t('conflicts.marker.label', { count })}</span>
    </div>
  );
}

export const ConflictMarker = memo(ConflictMarkerView);
