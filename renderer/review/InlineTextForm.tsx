import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSubmitShortcut } from './view';

/**
 * A short text written under a review (a reply, a decision note): a labelled box, its
 * problem if the text was refused, and send or cancel. `onSubmit` answers the message to
 * show, or null when the text was taken (the box then empties).
 */
export function InlineTextForm(props: {
  label: string;
  placeholder: string;
  submitLabel: string;
  onSubmit: (text: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const send = async () => {
    if (sending) return;
    setSending(true);
    const refused = await props.onSubmit(text).finally(() => setSending(false));
    setProblem(refused);
    if (!refused) setText('');
  };
  return (
    <form
      className="review-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
      onKeyDown={(e) => {
        if (isSubmitShortcut(e.nativeEvent)) {
          e.preventDefault();
          void send();
        }
      }}
    >
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <textarea
        id={id}
        rows={2}
        value={text}
        autoFocus
        placeholder={props.placeholder}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {problem && (
        <p className="review-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={sending}>
          {props.submitLabel}
        </button>
        <button type="button" className="quiet" onClick={props.onCancel}>
          {t('common.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
