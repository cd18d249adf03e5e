import type { FieldType } from '../model/kinds';
import type { BriefField } from './model';

/** i18next's `t` fixed to the brief's language (keys are full catalogue paths). */
export type BriefT = (key: string, options?: Record<string, unknown>) => string;

export interface BriefFormat {
  locale: string;
  /** A moment (ms since epoch) as a date. */
  date(ms: number): string;
  dateTime(ms: number): string;
  /** An ISO day ("2027-01-15"), or '' for none. */
  day(iso: string): string;
  number(n: number): string;
  /** 40 → "40%" (or "40 %" where the locale spaces it). */
  percent(n: number): string;
  money(n: number, currency: string): string;
}

/** Formatters for the brief's language (Intl does the work; the brief may differ from the UI). */
export function briefFormat(locale: string): BriefFormat {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    locale,
    date: (ms) => date.format(ms),
    dateTime: (ms) => dateTime.format(ms),
    day: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? day.format(new Date(`${iso}T00:00:00Z`)) : iso),
    number: (n) => number.format(n),
    percent: (n) => percent.format(n / 100),
    money: (n, currency) => {
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
      } catch {
        return `${number.format(n)} ${currency}`;
      }
    },
  };
}

/** A structured field's value as people read it: money in the plan's currency, shares in %. */
export function fieldText(field: Pick<BriefField, 'type' | 'value'>, format: BriefFormat, currency: string): string {
  const { value } = field;
  if (typeof value === 'string') return fieldTypeIsDate(field.type) ? format.day(value) : value;
  switch (field.type) {
    case 'money':
      return format.money(value, currency);
    case 'percent':
      return format.percent(value);
    default:
      return format.number(value);
  }
}

function fieldTypeIsDate(type: FieldType): boolean {
  return type === 'date';
}

/** The plan's period: "15 Jan 2027 – 28 Feb 2027", one end, or ''. */
export function periodText(plan: { periodStart: string; periodEnd: string }, format: BriefFormat): string {
  const start = plan.periodStart ? format.day(plan.periodStart) : '';
  const end = plan.periodEnd ? format.day(plan.periodEnd) : '';
  return start && end ? `${start} – ${end}` : start || end;
}

/** The message key naming a suggestable field (the inspector's own labels). */
export function fieldLabelKey(field: string): string {
  if (field === 'title') return 'canvas.inspector.title';
  if (field === 'body') return 'canvas.inspector.body';
  return `kinds.field.${field.startsWith('fields.') ? field.slice('fields.'.length) : field}`;
}

/** A suggested value as text. */
export function suggestedValueText(value: string | number | null, format: BriefFormat): string {
  if (value === null) return '';
  return typeof value === 'number' ? format.number(value) : value;
}
