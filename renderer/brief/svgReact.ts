import { createElement, type ReactElement } from 'react';
import type { SvgNode } from '../../shared/brief/svg';

/** SVG attribute names as React spells them: `stroke-width` → `strokeWidth`, `class` → `className`. */
function reactName(name: string): string {
  if (name === 'class') return 'className';
  if (name.startsWith('aria-') || name.startsWith('data-') || name === 'xmlns') return name;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The brief's SVG tree as React elements: inline SVG prints as vector, its text stays
 * selectable and searchable in the PDF, and user text is only ever a text child.
 */
export function svgToReact(node: SvgNode, key?: number): ReactElement {
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(node.attrs)) props[reactName(name)] = value;
  const children = node.text !== undefined ? [node.text] : (node.children ?? []).map((child, i) => svgToReact(child, i));
  return createElement(node.tag, props, ...children);
}
