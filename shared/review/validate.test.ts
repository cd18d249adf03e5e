import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../model/review';
import { acceptSuggestionEdits, rejectSuggestionEdits } from './edits';
import { element, review, suggestion } from './fixtures';
import { checkAttachment, checkReply, checkReviewDraft, checkSuggestion, suggestableFields } from './validate';

describe('review rules', () => {
  it('refuses a review without a verdict or with a confidence outside 1–5', () => {
    expect(checkReviewDraft({ verdict: null, confidence: 3 })).toBe('verdictMissing');
    expect(checkReviewDraft({ verdict: 'feasible', confidence: 0 })).toBe('confidenceOutOfRange');
    expect(checkReviewDraft({ verdict: 'feasible', confidence: 2.5 })).toBe('confidenceOutOfRange');
    expect(checkReviewDraft({ verdict: 'cantJudge', confidence: 5 })).toBeNull();
  });

  it('takes images and PDFs up to the size limit, and nothing else', () => {
    expect(checkAttachment({ type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(checkAttachment({ type: 'application/pdf', size: ATTACHMENT_MAX_BYTES })).toBeNull();
    expect(checkAttachment({ type: 'application/pdf', size: ATTACHMENT_MAX_BYTES + 1 })).toBe('attachmentTooLarge');
    expect(checkAttachment({ type: 'text/html', size: 10 })).toBe('attachmentType');
    expect(checkAttachment({ type: 'image/svg+xml', size: 10 })).toBe('attachmentType');
    expect(checkAttachment({ type: 'image/png', size: 0 })).toBe('attachmentEmpty');
  });

  it("lets a suggestion name only the element's own fields, with a changed value of the right type", () => {
    const price = element('p', 'price', { title: 'Giá', fields: { pricePoint: 99 } });
    expect(suggestableFields(price).map((f) => f.field)).toEqual(['title', 'body', 'fields.pricePoint']);
    expect(checkSuggestion(price, 'fields.pricePoint', 79)).toBeNull();
    expect(checkSuggestion(price, 'fields.pricePoint', 'cheap')).toBe('suggestionNotNumber');
    expect(checkSuggestion(price, 'fields.amount', 1)).toBe('suggestionField');
    expect(checkSuggestion(price, 'deleted', true as never)).toBe('suggestionField');
    expect(checkSuggestion(price, 'title', 'Giá')).toBe('suggestionUnchanged');
  });

  it('refuses an empty reply and a reply to a deleted review', () => {
    const open = review({ id: 'r', elementId: 'e', author: 'lan' });
    expect(checkReply(open, '  ')).toBe('replyEmpty');
    expect(checkReply({ ...open, deleted: true }, 'ok')).toBe('reviewGone');
    expect(checkReply(undefined, 'ok')).toBe('reviewGone');
    expect(checkReply(open, '<script>alert(1)</script>')).toBeNull();
  });
});

describe('deciding a suggestion', () => {
  it('accepting writes the proposed value to the element and marks the suggestion, in one step', () => {
    const price = element('p', 'price', { fields: { pricePoint: 99 } });
    const edits = acceptSuggestionEdits(suggestion({ id: 's', elementId: 'p', field: 'fields.pricePoint', value: 79 }), price, 'Mai');
    expect(edits).toContainEqual({ entity: 'element', entityId: 'p', field: 'fields.pricePoint', oldValue: 99, newValue: 79 });
    expect(edits).toContainEqual({ entity: 'suggestion', entityId: 's', field: 'state', oldValue: 'pending', newValue: 'accepted' });
  });

  it('rejecting records the reason and leaves the element alone', () => {
    const edits = rejectSuggestionEdits(suggestion({ id: 's', elementId: 'p' }), 'Mai', ' Brand rules ');
    expect(edits.every((e) => e.entity === 'suggestion')).toBe(true);
    expect(edits).toContainEqual({ entity: 'suggestion', entityId: 's', field: 'reason', oldValue: '', newValue: 'Brand rules' });
  });
});
