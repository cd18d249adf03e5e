import type { Plan } from '../../shared/model/plan';
import { foldForSearch } from '../../shared/text/fold';

/** True when every word of the query appears in the plan's title, brand or market. */
export function planMatches(plan: Pick<Plan, 'title' | 'brand' | 'market'>, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch([plan.title, plan.brand, plan.market].join('\n'));
  return words.every((word) => haystack.includes(word));
}
