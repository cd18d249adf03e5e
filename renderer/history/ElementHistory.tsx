/** Who changed what on one element: filled in by the history work. */
export function ElementHistory({ elementId }: { elementId: string }) {
  return <div data-element={elementId} />;
}
