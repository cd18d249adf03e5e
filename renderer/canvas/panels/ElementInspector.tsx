import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValue, PlanElement } from '../../../shared/model/element';
import { fieldsOf, type KindField } from '../../../shared/model/kinds';
import { KIND_STYLE } from '../kindStyle';
import { updateElementEdits } from '../operations';
import { useCan } from '../../profile/store';
import { edit, typingIn, useEditor } from '../store';
import { Field } from './fields';
import { TurnInto } from '../../workshop/TurnInto';

export const FOCUS_TITLE_EVENT = 'campaign-workbench:focus-title';

/** Typing in one field is one undo step, however many keystrokes it took. */
function update(element: PlanElement, patch: Partial<PlanElement>, field: string) {
  void edit(updateElementEdits(useEditor.getState(), element.id, patch), typingIn('element', element.id, field));
}

export function ElementInspector({ id }: { id: string }) {
  const { t } = useTranslation();
  const canEdit = useCan('editContent');
  const element = useEditor((s) => s.elements[id]);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const focus = () => titleRef.current?.focus();
    window.addEventListener(FOCUS_TITLE_EVENT, focus);
    return () => window.removeEventListener(FOCUS_TITLE_EVENT, focus);
  }, []);
  if (!element) return null;
  const { icon: Icon, accent } = KIND_STYLE[element.kind];
  return (
    <form className="inspector__form" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="inspector__fields" disabled={!canEdit}>
      <h2 className="inspector__kind" style={{ '--accent': accent } as React.CSSProperties}>
        <Icon size={16} aria-hidden="true" /> {t(`kinds.${element.kind}`)}
      </h2>
      {element.kind === 'note' && <TurnInto element={element} />}
      <Field label={t('canvas.inspector.title')}>
        {(fid) => (
          <input
            id={fid}
            ref={titleRef}
            value={element.title}
            onChange={(e) => update(element, { title: e.target.value }, 'title')}
          />
        )}
      </Field>
      {element.kind !== 'frame' && (
        <Field label={t('canvas.inspector.body')}>
          {(fid) => (
            <textarea
              id={fid}
              rows={8}
              value={element.body}
              placeholder={element.promptKey ? t(element.promptKey) : t('canvas.inspector.bodyPlaceholder')}
              onChange={(e) => update(element, { body: e.target.value }, 'body')}
            />
          )}
        </Field>
      )}
      {fieldsOf(element.kind).map((field) => (
        <StructuredField key={field.key} element={element} field={field} />
      ))}
      </fieldset>
    </form>
  );
}

function StructuredField({ element, field }: { element: PlanElement; field: KindField }) {
  const { t } = useTranslation();
  const currency = useEditor((s) => s.plan?.currency ?? '');
  const value = element.fields[field.key];
  const numeric = field.type === 'number' || field.type === 'money' || field.type === 'percent';
  const label = field.type === 'money' ? `${t(`kinds.field.${field.key}`)} (${currency})` : t(`kinds.field.${field.key}`);
  const set = (raw: string) => {
    const next: FieldValue = raw === '' ? null : numeric ? Number(raw) : raw;
    if (numeric && next !== null && !Number.isFinite(next)) return;
    update(element, { fields: { ...element.fields, [field.key]: next } }, `fields.${field.key}`);
  };
  return (
    <Field label={label}>
      {(fid) => (
        <input
          id={fid}
          type={numeric ? 'number' : field.type === 'date' ? 'date' : 'text'}
          inputMode={numeric ? 'decimal' : undefined}
          value={value === null || value === undefined ? '' : String(value)}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </Field>
  );
}
