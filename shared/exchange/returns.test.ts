import { describe, expect, it } from 'vitest';
import type { PlanElement } from '../model/element';
import { created } from '../review/edits';
import { mergePlans } from './merge';
import { readPlanFile } from './read';
import { makeReturn } from './returns';
import { merged } from './testing/canonical';
import { EXPORT } from './testing/files';
import { attachment, comment, element, review, team } from './testing/fixtures';
import { versionVector } from './versionVector';
import { writePlanFile } from './write';

function fieldTrip() {
  const { mai, reps: [lan, minh] } = team();
  for (let i = 0; i < 200; i++) mai.write('element', element(`e${i}`, 'tactic', { body: `Tactic ${i}: sampling at convenience stores` }));
  const packageState = mai.state;
  const base = versionVector(packageState.changes);
  lan!.receive(packageState);
  return { mai, rep: lan!, other: minh!, base };
}

describe('makeReturn', () => {
  it('holds only what the rep did since the package, and stays small', () => {
    const { mai, rep, base } = fieldTrip();
    const r = review(rep, 'e7', { verdict: 'notFeasible', objections: 'Cửa hàng không có chỗ trưng bày' });
    const photo = attachment(rep, r.id, new Uint8Array([1, 2, 3]));
    rep.commit([...created('review', r), ...created('attachment', photo)], new Map([[photo.id, new Uint8Array([1, 2, 3])]]));
    const back = makeReturn(rep.state, base, rep.profile.id);
    expect(back.elements).toEqual([]);
    expect(back.reviews.map((x) => x.id)).toEqual([r.id]);
    expect(back.attachments.map((x) => x.id)).toEqual([photo.id]);
    expect([...back.blobs.keys()]).toEqual([photo.id]);
    expect(back.changes.every((c) => c.author === rep.profile.id)).toBe(true);
    expect(back.profiles.map((p) => p.id)).toEqual([rep.profile.id]);
    const file = writePlanFile(back, { ...EXPORT, kind: 'return', base });
    const whole = writePlanFile(rep.state, EXPORT);
    expect(file.length * 10).toBeLessThan(whole.length);
    const read = readPlanFile(file);
    expect(read.ok && read.file.header).toMatchObject({ kind: 'return', base });
    const result = mergePlans(mai.state, back);
    expect(result.ok && result.preview.byType.review.added).toEqual([r.id]);
  });

  it('carries what the rep knew of each text they changed, so editing over the package is no conflict', () => {
    const { mai, rep, base } = fieldTrip();
    rep.write('element', { ...rep.get<PlanElement>('element', 'e3')!, body: 'Sampling, but only in Hà Nội' });
    const back = makeReturn(rep.state, base, rep.profile.id);
    expect(back.elements.map((e) => e.id)).toEqual(['e3']);
    const result = merged(mai.state, back);
    expect(result.elements.find((e) => e.id === 'e3')!.body).toBe('Sampling, but only in Hà Nội');
    expect(result.conflicts).toEqual([]);
  });

  it('leaves out other people’s changes the rep merged in meanwhile', () => {
    const { rep, other, base } = fieldTrip();
    const theirs = review(other, 'e1');
    other.commit([...created('review', theirs), ...created('comment', comment(other, theirs.id, 'Đã kiểm tra'))]);
    rep.receive(other.state);
    rep.commit(created('comment', comment(rep, theirs.id, '同意')));
    const back = makeReturn(rep.state, base, rep.profile.id);
    expect(back.reviews).toEqual([]);
    expect(back.comments.map((c) => c.author)).toEqual([rep.profile.id]);
  });
});
