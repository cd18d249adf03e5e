import { useEffect, useRef } from 'react';

/** Shows one element of the open plan: selects it, brings it into view and gives it the focus. */
export type ElementRevealer = (elementId: string) => void;

/** Like command handlers: the most recently mounted screen that can show elements answers. */
const revealers: Array<{ current: ElementRevealer }> = [];

/** A screen that shows a plan's elements registers how to reveal one while it is mounted. */
export function useElementRevealer(reveal: ElementRevealer) {
  const ref = useRef(reveal);
  ref.current = reveal;
  useEffect(() => {
    revealers.push(ref);
    return () => {
      revealers.splice(revealers.indexOf(ref), 1);
    };
  }, []);
}

/** Whether the palette should offer elements at all (the editor is open, not the library). */
export function canRevealElements(): boolean {
  return revealers.length > 0;
}

export function revealElement(elementId: string): boolean {
  const top = revealers[revealers.length - 1];
  if (!top) return false;
  top.current(elementId);
  return true;
}
