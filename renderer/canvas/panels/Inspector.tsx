import { useTranslation } from 'react-i18next';
import { useEditor } from '../store';
import { ElementHistory } from '../../history/ElementHistory';
import { ElementReviews } from '../../review/ElementReviews';
import { ElementConflicts, PlanConflicts } from '../../conflicts/ConflictSection';
import { ElementInspector } from './ElementInspector';
import { InspectorTabs } from './InspectorTabs';
import { LinkInspector } from './LinkInspector';
import { PlanInspector } from './PlanInspector';

/** The side panel: edits whatever is selected, or the plan itself when nothing is. */
export function Inspector() {
  const { t } = useTranslation();
  const selectedNodes = useEditor((s) => s.nodes.filter((n) => n.selected).map((n) => n.id).join(' '));
  const selectedEdge = useEditor((s) => s.edges.find((e) => e.selected)?.id);
  const ids = selectedNodes ? selectedNodes.split(' ') : [];
  return (
    <aside className="inspector" aria-label={t('canvas.inspector.label')}>
      {ids.length === 1 ? (
        <InspectorTabs
          key={ids[0]}
          panels={{
            details: () => (
              <>
                <ElementConflicts elementId={ids[0]!} />
                <ElementInspector id={ids[0]!} />
              </>
            ),
            reviews: () => <ElementReviews elementId={ids[0]!} />,
            history: () => <ElementHistory elementId={ids[0]!} />,
          }}
        />
      ) : ids.length > 1 ? (
        <p className="inspector__note">{t('canvas.inspector.multiple', { count: ids.length })}</p>
      ) : selectedEdge ? (
        <LinkInspector key={selectedEdge} id={selectedEdge} />
      ) : (
        <>
          <PlanConflicts />
          <PlanInspector />
        </>
      )}
    </aside>
  );
}
