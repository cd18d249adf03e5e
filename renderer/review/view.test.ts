import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, type Comment, type Review } from '../../shared/model/review';
import { review as reviewRecord } from '../../shared/review/fixtures';
import {
  addFiles,
  draftFromReview,
  fieldInput,
  fieldLabelKey,
  formatSize,
  isMoneyField,
  isSubmitShortcut,
  refusalMessage,
  rowsOf,
  splitReviews,
  threadOf,
  valueText,
} from './view';

function review(id: string, author: string, createdAt: number, patch: Partial<Review> = {}): Review {
  return reviewRecord({ id, elementId: 'e1', author, createdAt, ...patch });
}

describe('splitReviews', () => {
  it('keeps each reviewer’s latest review current and the rest earlier, newest first', () => {
    const reviews = [
      review('a1', 'an', 1),
      review('b1', 'binh', 2),
      review('a2', 'an', 3),
      review('x', 'an', 4, { elementId: 'e2' }),
      review('a3', 'an', 5, { deleted: true }),
    ];
    const { current, earlier } = splitReviews(reviews, 'e1');
    expect(current.map((r) => r.id)).toEqual(['a2', 'b1']);
    expect(earlier.map((r) => r.id)).toEqual(['a1']);
  });

  it('is empty for an element nobody reviewed', () => {
    expect(splitReviews([review('a1', 'an', 1)], 'other')).toEqual({ current: [], earlier: [] });
  });
});

describe('rowsOf and threadOf', () => {
  const comment = (id: string, createdAt: number, patch: Partial<Comment> = {}): Comment => ({
    id,
    planId: 'p',
    reviewId: 'r1',
    author: 'x',
    authorName: 'X',
    authorRole: 'marketing',
    createdAt,
    body: id,
    deleted: false,
    ...patch,
  });

  it('lists a review’s live replies, oldest first', () => {
    const comments = {
      c: comment('c', 30),
      a: comment('a', 10),
      b: comment('b', 20, { deleted: true }),
      d: comment('d', 5, { reviewId: 'r2' }),
    };
    expect(threadOf(comments, 'r1').map((c) => c.id)).toEqual(['a', 'c']);
    expect(rowsOf(comments, 'r2').map((c) => c.id)).toEqual(['d']);
  });
});

describe('field names and inputs', () => {
  it.each([
    ['title', 'canvas.inspector.title'],
    ['body', 'canvas.inspector.body'],
    ['fields.pricePoint', 'kinds.field.pricePoint'],
  ])('%s is labelled by %s', (field, key) => {
    expect(fieldLabelKey(field)).toBe(key);
  });

  it.each([
    ['price', 'title', 'line'],
    ['price', 'body', 'text'],
    ['price', 'fields.pricePoint', 'number'],
    ['milestone', 'fields.date', 'date'],
    ['objective', 'fields.metric', 'line'],
    ['channel', 'fields.share', 'number'],
  ] as const)('%s.%s is typed into a %s control', (kind, field, input) => {
    expect(fieldInput({ kind }, field)).toBe(input);
  });

  it('knows which fields are amounts', () => {
    expect(isMoneyField({ kind: 'price' }, 'fields.pricePoint')).toBe(true);
    expect(isMoneyField({ kind: 'segment' }, 'fields.size')).toBe(false);
    expect(isMoneyField({ kind: 'price' }, 'title')).toBe(false);
  });

  it.each([
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [12.5, '12.5'],
    ['Tết', 'Tết'],
  ])('shows %j as %j', (value, text) => {
    expect(valueText(value)).toBe(text);
  });
});

describe('addFiles', () => {
  const png = (name: string, size = 100) => ({ name, type: 'image/png', size });

  it('adds valid files and skips the same file chosen twice', () => {
    const result = addFiles([png('shelf.png')], [png('shelf.png'), png('flyer.png'), { name: 'menu.pdf', type: 'application/pdf', size: 5 }]);
    expect(result.files.map((f) => f.name)).toEqual(['shelf.png', 'flyer.png', 'menu.pdf']);
    expect(result.refusal).toBeNull();
  });

  it('leaves out a file that breaks a rule and names the first one', () => {
    const result = addFiles(
      [],
      [
        { name: 'clip.mp4', type: 'video/mp4', size: 100 },
        png('huge.png', ATTACHMENT_MAX_BYTES + 1),
        png('ok.png'),
        png('empty.png', 0),
      ],
    );
    expect(result.files.map((f) => f.name)).toEqual(['ok.png']);
    expect(result.refusal).toEqual({ problem: 'attachmentType', name: 'clip.mp4' });
    expect(addFiles([], [png('huge.png', ATTACHMENT_MAX_BYTES + 1)]).refusal).toEqual({ problem: 'attachmentTooLarge', name: 'huge.png' });
    expect(addFiles([], [png('empty.png', 0)]).refusal).toEqual({ problem: 'attachmentEmpty', name: 'empty.png' });
  });

  it('does not change the list it was given', () => {
    const files = [png('a.png')];
    addFiles(files, [png('b.png')]);
    expect(files).toHaveLength(1);
  });
});

describe('formatSize and refusalMessage', () => {
  it('formats sizes in the reader’s locale', () => {
    expect(formatSize(ATTACHMENT_MAX_BYTES, 'en')).toBe('10 MB');
    expect(formatSize(1536 * 1024, 'en')).toBe('1.5 MB');
    expect(formatSize(2048, 'en')).toBe('2 kB');
    expect(formatSize(10, 'en')).toBe('1 kB');
  });

  it('passes the file name and the size limit to the message', () => {
    const calls: Array<[string, Record<string, unknown> | undefined]> = [];
    const t = (key: string, options?: Record<string, unknown>) => {
      calls.push([key, options]);
      return key;
    };
    expect(refusalMessage(t, { problem: 'attachmentTooLarge', name: 'x.png' }, 'en')).toBe('review.error.attachmentTooLarge');
    expect(calls[0]![1]).toEqual({ name: 'x.png', limit: '10 MB' });
  });
});

describe('draftFromReview', () => {
  it('carries the verdict and evidence over, not the thread state', () => {
    const draft = draftFromReview(review('a', 'an', 1, { verdict: 'notFeasible', confidence: 5, risks: 'Rain', resolved: true }));
    expect(draft).toEqual({
      verdict: 'notFeasible',
      confidence: 5,
      effort: '',
      risks: 'Rain',
      objections: '',
      competitorEvidence: '',
      comment: '',
    });
  });
});

describe('isSubmitShortcut', () => {
  it.each([
    [{ key: 'Enter', ctrlKey: true, metaKey: false }, true],
    [{ key: 'Enter', ctrlKey: false, metaKey: true }, true],
    [{ key: 'Enter', ctrlKey: false, metaKey: false }, false],
    [{ key: 'Enter', ctrlKey: true, metaKey: false, isComposing: true }, false],
    [{ key: 's', ctrlKey: true, metaKey: false }, false],
  ])('%j → %s', (event, expected) => {
    expect(isSubmitShortcut(event)).toBe(expected);
  });
});
