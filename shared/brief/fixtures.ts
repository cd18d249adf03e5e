import type { Language } from '../i18n/languages';
import { RESOURCES } from '../i18n/resources';
import { newElement } from '../model/element';
import { newLink } from '../model/link';
import { newPlan } from '../model/plan';
import type { Attachment, Comment } from '../model/review';
import { review, signoff, suggestion } from '../review/fixtures';
import type { BriefT } from './format';
import type { BriefInput } from './model';

/**
 * For tests and the benchmark: a translate function over the catalogues (what i18next's
 * getFixedT does, enough of it: dotted keys, {{placeholders}}, _one/_other plurals), and a
 * small reviewed plan with hostile and multilingual text.
 */
export function catalogueT(language: Language): BriefT {
  const root = RESOURCES[language] as unknown as Record<string, unknown>;
  const lookup = (key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), root);
  return (key, options = {}) => {
    let text = lookup(key);
    if (typeof options.count === 'number') {
      const plural = new Intl.PluralRules(language).select(options.count);
      text = lookup(`${key}_${plural}`) ?? lookup(`${key}_other`) ?? text;
    }
    if (typeof text !== 'string') return key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(options[name] ?? ''));
  };
}

export const HOSTILE = '<script>alert("x")</script> =HYPERLINK("http://evil") | # not a heading';

export function reviewedPlan(): BriefInput {
  const plan = newPlan({ id: 'p1', title: 'Tết 2027 · 新年檔期', brand: 'Trà Xanh', market: 'Việt Nam', periodStart: '2027-01-04', periodEnd: '2027-02-28', currency: 'VND', status: 'inFieldReview', revision: 'r2' }, 1);
  const frame = newElement({ id: 'f1', planId: 'p1', kind: 'frame', title: 'Price ↔ Cost', x: 0, y: 0, width: 560, height: 260 });
  const price = newElement({ id: 'price', planId: 'p1', kind: 'price', title: 'Giá combo 3 tháng', body: '以顧客價值為核心', x: 24, y: 64, parentId: 'f1', fields: { pricePoint: 129000 } });
  const cost = newElement({ id: 'cost', planId: 'p1', kind: 'cost', title: HOSTILE, x: 304, y: 64, parentId: 'f1' });
  const objective = newElement({ id: 'obj', planId: 'p1', kind: 'objective', title: 'Win 5% share', body: 'First quarter', x: 700, y: 0, fields: { metric: 'Share', targetValue: 5 } });
  const budget = newElement({ id: 'b1', planId: 'p1', kind: 'budget', title: 'TV', x: 700, y: 200, fields: { amount: 1_000_000 } });
  const budget2 = newElement({ id: 'b2', planId: 'p1', kind: 'budget', title: 'Shelf', x: 700, y: 400, fields: { amount: 250_000 } });
  const product = newElement({ id: 'product', planId: 'p1', kind: 'product', title: 'Starter kit', x: 1000, y: 0 });
  const gone = newElement({ id: 'gone', planId: 'p1', kind: 'place', title: 'Deleted', x: 0, y: 900, deleted: true });
  const reviews = [
    review({ id: 'r1', elementId: 'price', author: 'binh', authorName: 'Bình Nguyễn', verdict: 'notFeasible', confidence: 4, objections: 'Khách chê giá cao hơn đối thủ 20%', risks: '=SUM(A1:A9)', competitorEvidence: '<b>Rival</b> runs 買一送一', createdAt: 10 }),
    review({ id: 'r0', elementId: 'price', author: 'binh', authorName: 'Bình Nguyễn', verdict: 'feasible', createdAt: 5 }),
    review({ id: 'r2', elementId: 'cost', author: 'lan', authorName: 'Lan "Lee", Sales', verdict: 'feasibleWithChanges', risks: 'Kênh phân phối chưa sẵn sàng\nsecond line', resolved: true, decisionNote: 'Đã đổi', createdAt: 20 }),
    review({ id: 'r3', elementId: 'gone', author: 'lan', verdict: 'notFeasible', objections: 'about a deleted element', createdAt: 30 }),
  ];
  const suggestions = [
    suggestion({ id: 's1', elementId: 'price', reviewId: 'r1', field: 'title', value: 'Giá theo gói 3 tháng', state: 'accepted', decidedBy: 'Mai' }),
    suggestion({ id: 's2', elementId: 'cost', reviewId: 'r2', field: 'fields.customerCost', value: 99000, state: 'rejected', reason: 'Too low', decidedBy: 'Mai' }),
    suggestion({ id: 's3', elementId: 'price', reviewId: 'r1', field: 'body', value: '-cheaper', state: 'pending' }),
  ];
  const comments: Comment[] = [{ id: 'c1', planId: 'p1', reviewId: 'r1', author: 'mai', authorName: 'Mai Trần', authorRole: 'marketing', createdAt: 11, body: 'Cảm ơn, đã đổi.', deleted: false }];
  const attachments: Attachment[] = [
    { id: 'a1', planId: 'p1', reviewId: 'r1', name: 'kệ hàng.png', type: 'image/png', size: 70, deleted: false },
    { id: 'a2', planId: 'p1', reviewId: 'r3', name: 'of-deleted.png', type: 'image/png', size: 70, deleted: false },
  ];
  return {
    plan,
    elements: [frame, price, cost, objective, budget, budget2, product, gone],
    links: [newLink({ id: 'l1', planId: 'p1', source: 'price', target: 'cost', type: 'pairsWith' }), newLink({ id: 'l2', planId: 'p1', source: 'price', target: 'gone' })],
    reviews,
    suggestions,
    comments,
    attachments,
    signoffs: [signoff('so1', 'mai', 'marketing', 'r2', 40), signoff('so2', 'binh', 'sales', 'r1', 35)],
  };
}
