import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n/useT';
import { updateElementEdits } from '../operations';
import { edit, useEditor } from '../store';
import type { ElementFlowNode } from '../flowModel';
import { usePositionsLocked } from '../../workshop/deviceState';

/** A named region: elements dropped inside belong to it and move with it. */
function FrameNodeView({ id, data, selected }: NodeProps<ElementFlowNode>) {
  const t = useT();
  const locked = usePositionsLocked();
  return (
    <div className={`frame-node${selected ? ' is-selected' : ''}`}>
      <NodeResizer
        isVisible={!!selected && !locked}
        minWidth={240}
        minHeight={160}
        onResizeEnd={(_, { x, y, width, height }) =>
          void edit(
            updateElementEdits(useEditor.getState(), id, {
              x: Math.round(x),
              y: Math.round(y),
              width: Math.round(width),
              height: Math.round(height),
            }),
          )
        }
      />
      <div className="frame-node__title">{data.element.title || t('kinds.frame')}</div>
    </div>
  );
}

export const FrameNode = memo(FrameNodeView);
