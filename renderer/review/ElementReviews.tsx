/** Reviews of one element: filled in by the review panel work. */
export function ElementReviews({ elementId }: { elementId: string }) {
  return <div data-element={elementId} />;
}
