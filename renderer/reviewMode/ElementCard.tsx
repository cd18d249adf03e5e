import { useTranslation } from 'react-i18next';
import type { FieldValue, PlanElement } from '../../shared/model/element';
import { fieldsOf, type KindField } from '../../shared/model/kinds';
import { KIND_STYLE } from '../canvas/kindStyle';
import { useEditor } from '../canvas/store';
import { useFormat } from '../i18n/format';

type Format = ReturnType<typeof useFormat>;

function formatField(field: KindField, value: FieldValue | undefined, currency: string, format: Format): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return field.type === 'date' ? format.date(value) : value;
  if (field.type === 'money' && currency) {
    try {
      return format.money(value, currency);
    } catch {
      // A currency code Intl does not know: the number, then the code as written.
      return `${format.number(value)} ${currency}`;
    }
  }
  if (field.type === 'percent') return `${format.number(value)}%`;
  return format.number(value);
}

/**
 * One element as a reviewer reads it: kind (icon, name, colour), title, content and
 * structured fields. Read-only: sales suggests changes through the review form.
 */
export function ElementCard({
  element,
  headingId,
  level = 2,
  compact = false,
}: {
  element: PlanElement;
  headingId?: string;
  level?: 2 | 3;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const currency = useEditor((s) => s.plan?.currency ?? '');
  const { icon: Icon, accent } = KIND_STYLE[element.kind];
  const Heading = level === 2 ? 'h2' : 'h3';
  const fields = fieldsOf(element.kind);
  return (
    <div className={`rm-card${compact ? ' rm-card--compact' : ''}`} style={{ '--kind': accent } as React.CSSProperties} data-kind={element.kind}>
      <p className="rm-card__kind">
        <Icon size={compact ? 14 : 16} aria-hidden="true" />
        {t(`kinds.${element.kind}`)}
      </p>
      <Heading id={headingId} className="rm-card__title">
        {element.title || t('canvas.node.untitled')}
      </Heading>
      {element.body ? (
        <p className="rm-card__body">{element.body}</p>
      ) : (
        <p className="rm-card__empty">
          {t('reviewMode.element.noContent')}
          {element.promptKey && <span className="rm-card__prompt">{t('reviewMode.element.prompt', { prompt: t(element.promptKey) })}</span>}
        </p>
      )}
      {fields.length > 0 && (
        <dl className="rm-card__fields">
          {fields.map((field) => {
            const shown = formatField(field, element.fields[field.key], currency, format);
            return (
              <div key={field.key}>
                <dt>{t(`kinds.field.${field.key}`)}</dt>
                <dd className={shown === null ? 'is-empty' : undefined}>{shown ?? t('reviewMode.element.notSet')}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </div>
  );
}
