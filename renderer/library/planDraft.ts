import type { TemplateId } from '../../shared/templates';

/** What the New plan dialog collects. */
export interface PlanDraft {
  title: string;
  brand: string;
  market: string;
  currency: string;
  periodStart: string;
  periodEnd: string;
  templateId: TemplateId;
}

export const DEFAULT_TEMPLATE: TemplateId = 'paired-4p-4c';

/** Currencies the picker offers: the markets our users plan for first. */
export const CURRENCIES = [
  'USD', 'EUR', 'GBP', 'TWD', 'CNY', 'HKD', 'SGD', 'VND', 'JPY', 'KRW', 'MYR', 'THB', 'AUD',
] as const;

/** A first guess from the UI language, so most people never touch the select. */
export function defaultCurrency(language: string): string {
  if (language === 'zh-Hant') return 'TWD';
  if (language === 'zh-Hans') return 'CNY';
  if (language === 'vi') return 'VND';
  return 'USD';
}

/** An end before the start is the one mistake the form can catch; either date may be left empty. */
export function periodIsValid(draft: Pick<PlanDraft, 'periodStart' | 'periodEnd'>): boolean {
  return !draft.periodStart || !draft.periodEnd || draft.periodStart <= draft.periodEnd;
}
