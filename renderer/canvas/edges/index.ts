import type { EdgeTypes } from '@xyflow/react';
import { LinkEdge } from './LinkEdge';

export const edgeTypes = { link: LinkEdge } satisfies EdgeTypes;
