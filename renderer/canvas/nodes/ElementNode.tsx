import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n/useT';
import { fieldsOf } from '../../../shared/model/kinds';
import { KIND_STYLE } from '../kindStyle';
import type { ElementFlowNode } from '../flowModel';
import { ReviewBadge } from '../../review/ReviewBadge';
import { ConflictMarker } from '../../conflicts/ConflictMarker';
import { useNodeHighlight } from '../../review/highlight';
import { VoteBadge } from '../../workshop/VoteBadge';

/** One plan element on the canvas: kind (icon + name + colour), title, body or its prompt. */
function ElementNodeView({ data, selected }: NodeProps<ElementFlowNode>) {
  const t = useT();
  const { element } = data;
  const { icon: Icon, accent } = KIND_STYLE[element.kind];
  const highlight = useNodeHighlight(element);
  const filled = fieldsOf(element.kind).filter((f) => element.fields[f.key] !== undefined && element.fields[f.key] !== null && element.fields[f.key] !== '');
  return (
    <div
      className={`element-node${selected ? ' is-selected' : ''}${highlight ? ` is-${highlight}` : ''}`}
      style={{ '--accent': accent, minHeight: element.height } as React.CSSProperties}
      data-kind={element.kind}
    >
      <Handle type="target" position={Position.Left} title={t('canvas.node.linkIn')} />
      <div className="element-node__kind">
        <Icon size={14} aria-hidden="true" />
        <span>{t(`kinds.${element.kind}`)}</span>
      </div>
      <div className="element-node__title">{element.title || t('canvas.node.untitled')}</div>
      {element.body ? (
        <div className="element-node__body">{element.body}</div>
      ) : element.promptKey ? (
        <div className="element-node__prompt">{t(element.promptKey)}</div>
      ) : null}
      {filled.length > 0 && (
        <dl className="element-node__fields">
          {filled.map((f) => (
            <div key={f.key}>
              <dt>{t(`kinds.field.${f.key}`)}</dt>
              <dd>{String(element.fields[f.key])}</dd>
            </div>
          ))}
        </dl>
      )}
      <ReviewBadge elementId={element.id} kind={element.kind} />
      <VoteBadge elementId={element.id} kind={element.kind} />
      <ConflictMarker elementId={element.id} />
      <Handle type="source" position={Position.Right} title={t('canvas.node.linkOut')} />
    </div>
  );
}

export const ElementNode = memo(ElementNodeView);
