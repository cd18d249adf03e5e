import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanElement } from '../../shared/model/element';
import { C_KINDS, FRAMING_KINDS, P_KINDS, isElementKind } from '../../shared/model/kinds';
import { FOCUS_TITLE_EVENT } from '../canvas/panels/ElementInspector';
import { updateElementEdits } from '../canvas/operations';
import { edit, useEditor } from '../canvas/store';
import { announce } from './notice';

const GROUPS = [
  { area: '4p', kinds: P_KINDS },
  { area: '4c', kinds: C_KINDS },
  { area: 'framing', kinds: FRAMING_KINDS.filter((k) => k !== 'note' && k !== 'frame') },
] as const;

/**
 * "Turn into": a captured sticky note becomes a typed element (a Price, a Tactic…). Its
 * kind is an ordinary field, so this is one undoable edit, and the title and text stay.
 */
export function TurnInto({ element }: { element: PlanElement }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field turn-into">
      <label htmlFor={id}>{t('workshop.turnInto.label')}</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          const kind = e.target.value;
          if (!isElementKind(kind)) return;
          void edit(updateElementEdits(useEditor.getState(), element.id, { kind }));
          announce(t('workshop.turnInto.done', { kind: t(`kinds.${kind}`) }));
          // The picker goes with the note: the keyboard continues in the element's title.
          requestAnimationFrame(() => window.dispatchEvent(new Event(FOCUS_TITLE_EVENT)));
        }}
      >
        <option value="" disabled>
          {t('workshop.turnInto.choose')}
        </option>
        {GROUPS.map(({ area, kinds }) => (
          <optgroup key={area} label={t(`kinds.area.${area}`)}>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
