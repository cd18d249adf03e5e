import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { C_KINDS, FRAMING_KINDS, P_KINDS, type ElementKind } from '../../../shared/model/kinds';
import { addElementAt } from '../actions';
import { KIND_STYLE } from '../kindStyle';
import { KIND_DRAG_TYPE } from '../PlanCanvas';

const GROUPS = [
  { area: '4p', kinds: P_KINDS },
  { area: '4c', kinds: C_KINDS },
  { area: 'framing', kinds: FRAMING_KINDS },
] as const;

/** Element kinds to add: drag one onto the canvas, or press Enter/click to drop it in view. */
export function Palette() {
  const { t } = useTranslation();
  const flow = useReactFlow();
  let nudge = 0;

  const addInView = (kind: ElementKind) => {
    const pane = document.querySelector('.plan-canvas')?.getBoundingClientRect();
    const centre = pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : { x: 400, y: 300 };
    const point = flow.screenToFlowPosition(centre);
    // Successive additions step down-right so they don't land on top of each other.
    nudge = (nudge + 1) % 8;
    addElementAt(kind, { x: point.x - 110 + nudge * 24, y: point.y - 60 + nudge * 24 }, t(`kinds.${kind}`));
  };

  return (
    <nav className="palette" aria-label={t('canvas.palette.label')}>
      {GROUPS.map(({ area, kinds }) => (
        <section key={area} aria-labelledby={`palette-${area}`}>
          <h2 id={`palette-${area}`}>{t(`kinds.area.${area}`)}</h2>
          <ul>
            {kinds.map((kind) => {
              const { icon: Icon, accent } = KIND_STYLE[kind];
              return (
                <li key={kind}>
                  <button
                    type="button"
                    draggable
                    className="palette__item"
                    style={{ '--accent': accent } as React.CSSProperties}
                    title={t('canvas.palette.hint')}
                    onDragStart={(event) => {
                      event.dataTransfer.setData(KIND_DRAG_TYPE, kind);
                      event.dataTransfer.effectAllowed = 'copy';
                    }}
                    onClick={() => addInView(kind)}
                  >
                    <Icon size={16} aria-hidden="true" />
                    <span>{t(`kinds.${kind}`)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
