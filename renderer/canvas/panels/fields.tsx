import { useId, type ReactNode } from 'react';

/** A labelled form row: the label is tied to its control for screen readers. */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
