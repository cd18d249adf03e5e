import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type NodeChange,
  type OnNodeDrag,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isElementKind } from '../../shared/model/kinds';
import { useCan } from '../profile/store';
import { addElementAt, connect, moveElements } from './actions';
import { edgeTypes } from './edges';
import type { ElementFlowNode } from './flowModel';
import { alignToSiblings, type HelperLines } from './helperLines';
import { HelperLinesOverlay } from './HelperLinesOverlay';
import { KIND_STYLE } from './kindStyle';
import { nodeTypes } from './nodes';
import { movingByKeys, onEdgesChange, onNodesChange, useEditor } from './store';
import { FIT_ON_OPEN_LIMIT, saveViewport, savedViewport, topLeftViewport } from './viewport';
import { usePositionsLocked } from '../workshop/deviceState';
import { voteOnNodeClick } from '../workshop/votes';

export const KIND_DRAG_TYPE = 'application/x-campaign-workbench-kind';
const SNAP_GRID: [number, number] = [10, 10];
const DEFAULT_EDGE_OPTIONS = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };
const ARROW_KEYS: ReadonlySet<string> = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** Reopen where the plan was left; a first open fits small plans and starts big ones at 100 %. */
function openingView(planId: string): { fitView: boolean; viewport?: Viewport } {
  const saved = savedViewport(planId);
  if (saved) return { fitView: false, viewport: saved };
  const elements = Object.values(useEditor.getState().elements);
  if (elements.length <= FIT_ON_OPEN_LIMIT) return { fitView: true };
  return { fitView: false, viewport: topLeftViewport(elements) };
}

const onConnect = (c: Connection) => connect(c.source, c.target);
const minimapColor = (node: ElementFlowNode) => KIND_STYLE[node.data.element.kind].accent;

export function PlanCanvas({ showMinimap }: { showMinimap: boolean }) {
  const { t } = useTranslation();
  const canEdit = useCan('editContent');
  // The facilitator lock: nothing moves, by pointer or by arrow keys.
  const locked = usePositionsLocked();
  const planId = useEditor((s) => s.planId);
  const [opening] = useState(() => openingView(planId));
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const flow = useReactFlow<ElementFlowNode>();
  const [lines, setLines] = useState<HelperLines>({});
  const [linesOffset, setLinesOffset] = useState({ x: 0, y: 0 });
  /** True while React Flow handles an arrow key on a node or the selection: the moves it reports are the keyboard's. */
  const arrowKeyDown = useRef(false);

  const absoluteOf = useCallback(
    (id: string) => flow.getInternalNode(id)?.internals.positionAbsolute ?? { x: 0, y: 0 },
    [flow],
  );

  const handleNodesChange = useCallback(
    (changes: NodeChange<ElementFlowNode>[]) => {
      const [first] = changes;
      if (changes.length === 1 && first?.type === 'position' && first.dragging) {
        const parentId = useEditor.getState().elements[first.id]?.parentId;
        setLines(alignToSiblings(first, useEditor.getState().nodes));
        setLinesOffset(parentId ? absoluteOf(parentId) : { x: 0, y: 0 });
      }
      onNodesChange(changes);
      // Arrow keys move the selection (by the snap grid, Shift by four): each press is saved
      // at once, and a run of presses on one selection is one undo step.
      if (arrowKeyDown.current) {
        const ids = changes.flatMap((c) => (c.type === 'position' && c.position ? [c.id] : []));
        if (ids.length) moveElements(ids.map((id) => ({ id, absolute: absoluteOf(id) })), movingByKeys(ids));
      }
    },
    [absoluteOf],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<ElementFlowNode>>(
    (_event, _node, dragged) => {
      setLines({});
      moveElements(dragged.map((n) => ({ id: n.id, absolute: absoluteOf(n.id) })));
    },
    [absoluteOf],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(KIND_DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(KIND_DRAG_TYPE);
      if (!isElementKind(kind)) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addElementAt(kind, point, t(`kinds.${kind}`));
    },
    [flow, t],
  );

  return (
    <div
      className="plan-canvas"
      onDragOver={onDragOver}
      onDrop={onDrop}
      // Around React Flow's own key handling on the focused node (or selection), which moves it.
      onKeyDownCapture={(event) => {
        arrowKeyDown.current = ARROW_KEYS.has(event.key);
      }}
      onKeyDown={() => {
        arrowKeyDown.current = false;
      }}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={handleNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        nodesDraggable={canEdit && !locked}
        onNodeClick={voteOnNodeClick}
        nodesConnectable={canEdit}
        onNodeDragStop={onNodeDragStop}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        defaultMarkerColor={null}
        snapToGrid
        snapGrid={SNAP_GRID}
        // Small plans render whole (so a first open can measure and fit them); big ones only what is in view.
        onlyRenderVisibleElements={!opening.fitView}
        elevateNodesOnSelect={false}
        connectionRadius={40}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
        minZoom={0.05}
        maxZoom={2.5}
        fitView={opening.fitView}
        defaultViewport={opening.viewport}
        onMoveEnd={(_event, viewport) => saveViewport(planId, viewport)}
        ariaLabelConfig={{
          'node.a11yDescription.default': t('canvas.a11y.nodeHelp'),
          'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
            t('workshop.move.announce', { direction: t(`workshop.move.direction.${direction}`), x, y }),
        }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        {showMinimap && <MiniMap pannable zoomable nodeColor={minimapColor} ariaLabel={t('canvas.minimap')} />}
        <HelperLinesOverlay lines={lines} offset={linesOffset} />
      </ReactFlow>
    </div>
  );
}
