import type { NodeTypes } from '@xyflow/react';
import { ElementNode } from './ElementNode';
import { FrameNode } from './FrameNode';

/** Registered once at module scope: React Flow re-mounts every node if this object changes. */
export const nodeTypes = { element: ElementNode, frame: FrameNode } satisfies NodeTypes;
