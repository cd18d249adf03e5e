import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n/useT';
import type { LinkFlowEdge } from '../flowModel';

/** A typed link. Its type is written on it (dashed for "depends on", so not by colour alone). */
function LinkEdgeView(props: EdgeProps<LinkFlowEdge>) {
  const t = useT();
  const [path, labelX, labelY] = getBezierPath(props);
  const link = props.data?.link;
  const type = link?.type ?? 'leadsTo';
  const text = link?.label ? `${t(`kinds.link.${type}`)}: ${link.label}` : t(`kinds.link.${type}`);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        className={`link-edge link-edge--${type}${props.selected ? ' is-selected' : ''}`}
      />
      <EdgeLabelRenderer>
        <div
          className={`link-label link-label--${type}${props.selected ? ' is-selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          {text}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
