import { useDock } from './dock';
import { HighlightChip } from './ReviewFilter';
import { ReviewSummaryPanel } from './ReviewSummary';
import { SignoffPanel } from './SignoffPanel';
import './overlay.css';

/** The review panels over the canvas's top right corner, and the highlight chip at its top left. */
export function ReviewDock() {
  const summary = useDock((s) => s.summary);
  const signoff = useDock((s) => s.signoff);
  return (
    <>
      <HighlightChip />
      {(summary || signoff) && (
        <div className="review-dock">
          {signoff && <SignoffPanel />}
          {summary && <ReviewSummaryPanel />}
        </div>
      )}
    </>
  );
}
