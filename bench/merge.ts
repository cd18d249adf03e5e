/**
 * Merge timings, in Node on the shared/ code: a field return with 2,000 changes merged into
 * a 10,000-element plan (target: at most 500 ms, median of several runs), for a return of
 * reviews and for one of text rewrites that conflict. `npm run bench` stores them in
 * bench/results.json under `merge`; `npm run bench:merge` runs them alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { PlanElement } from '../shared/model/element';
import type { Review } from '../shared/model/review';
import { created } from '../shared/review/edits';
import { mergePlans } from '../shared/exchange/merge';
import { readPlanFile } from '../shared/exchange/read';
import { makeReturn } from '../shared/exchange/returns';
import { emptyState, type PlanState } from '../shared/exchange/state';
import { SimulatedDevice } from '../shared/exchange/testing/device';
import { comment, LAN, MAI, MINH, review, testClock } from '../shared/exchange/testing/fixtures';
import { versionVector } from '../shared/exchange/versionVector';
import { writePlanFile } from '../shared/exchange/write';
import { generatePlan } from './generate';

export interface Result {
  name: string;
  unit: string;
  value: number;
}

const ELEMENTS = 10_000;
const RETURN_CHANGES = 2_000;
const MARKETING_EDITS_MEANWHILE = 200;
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

function timed(runs: number, run: () => unknown): number {
  run(); // warm-up: the first run pays for compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Marketing's 10,000-element plan (its whole history as creations) goes out as a package.
 * One rep reviews, replies and revises verdicts; another rewrites element texts (the
 * conflict path); each makes exactly 2,000 changes. Meanwhile marketing edits 200 element
 * texts, some of them the ones the second rep rewrites.
 */
function scenario() {
  const clock = testClock();
  const { plan, elements, links } = generatePlan(ELEMENTS, 'plan-1');
  const mai = SimulatedDevice.creating(MAI, { ...emptyState(plan), elements, links }, clock);
  const base = versionVector(mai.state.changes);
  const [lan, minh] = [LAN, MINH].map((rep) => new SimulatedDevice(rep, mai.state, clock));
  const texts = elements.filter((e) => e.kind !== 'frame');
  reviewUntil(lan!, texts);
  rewriteUntil(minh!, texts);
  for (let i = 0; i < MARKETING_EDITS_MEANWHILE; i++) {
    const target = mai.get<PlanElement>('element', texts[(i * 7) % texts.length]!.id)!;
    mai.write('element', { ...target, body: `${target.body} (rev. ${i})` });
  }
  // Records as the app holds them: parsed from storage, not built edit by edit in this process.
  return {
    local: reloaded(mai.state),
    reviews: reloaded(makeReturn(lan!.state, base, LAN.id)),
    rewrites: reloaded(makeReturn(minh!.state, base, MINH.id)),
    whole: reloaded(lan!.state),
    base,
  };
}

/** Reviews (some with a reply), then verdict confidence revisions, to exactly RETURN_CHANGES changes. */
function reviewUntil(rep: SimulatedDevice, targets: readonly PlanElement[]) {
  const start = rep.changeCount;
  for (let i = 0; rep.changeCount - start < RETURN_CHANGES - 40; i++) {
    const r = review(rep, targets[(i * 37) % targets.length]!.id, { verdict: 'feasibleWithChanges', risks: 'Đối thủ giảm giá 15% trước Tết', objections: '價格太高' });
    rep.commit(i % 3 === 0 ? [...created('review', r), ...created('comment', comment(rep, r.id, 'Ảnh kệ hàng đính kèm'))] : created('review', r));
  }
  const reviews = rep.all<Review>('review');
  for (let i = 0; rep.changeCount - start < RETURN_CHANGES; i++) {
    const r = rep.get<Review>('review', reviews[i % reviews.length]!.id)!;
    rep.write('review', { ...r, confidence: 1 + (i % 5) });
  }
}

/** Element body rewrites (each one change plus the revision it moves), to exactly RETURN_CHANGES changes. */
function rewriteUntil(rep: SimulatedDevice, targets: readonly PlanElement[]) {
  const start = rep.changeCount;
  for (let i = 0; rep.changeCount - start < RETURN_CHANGES; i++) {
    const target = rep.get<PlanElement>('element', targets[(i * 7) % targets.length]!.id)!;
    rep.write('element', { ...target, body: `Khách hàng cần ${i} điểm bán` });
  }
}

function reloaded(state: PlanState): PlanState {
  const read = readPlanFile(writePlanFile(state, { kind: 'plan', appVersion: 'bench', exportedAt: new Date(), exportedBy: null }));
  if (!read.ok) throw new Error(read.error.detail);
  return read.file.content;
}

function merging(local: PlanState, incoming: PlanState) {
  return () => {
    const outcome = mergePlans(local, incoming);
    if (!outcome.ok) throw new Error(outcome.error.detail);
    return outcome;
  };
}

export function benchMerge(): Result[] {
  const { local, reviews, rewrites, whole, base } = scenario();
  const file = writePlanFile(reviews, { kind: 'return', appVersion: 'bench', exportedAt: new Date(), exportedBy: null, base });
  const readAndMerge = () => {
    const read = readPlanFile(file);
    if (!read.ok) throw new Error(read.error.detail);
    return mergePlans(local, read.file.content);
  };
  const rewritten = merging(local, rewrites)();
  return [
    { name: `merge_return_${RETURN_CHANGES}_into_${ELEMENTS}_ms`, unit: 'ms', value: round(timed(RUNS, merging(local, reviews))) },
    { name: 'read_and_merge_return_file_ms', unit: 'ms', value: round(timed(RUNS, readAndMerge)) },
    { name: `merge_return_${RETURN_CHANGES}_text_edits_into_${ELEMENTS}_ms`, unit: 'ms', value: round(timed(RUNS, merging(local, rewrites))) },
    { name: `merge_whole_rep_plan_${ELEMENTS}_ms`, unit: 'ms', value: round(timed(3, merging(local, whole))) },
    { name: 'return_changes', unit: 'changes', value: reviews.changes.filter((c) => c.author === LAN.id).length },
    { name: 'return_file_kb', unit: 'KB', value: round(file.length / 1024) },
    { name: 'local_plan_changes', unit: 'changes', value: local.changes.length },
    { name: 'text_edit_return_conflicts', unit: 'conflicts', value: rewritten.preview.conflicts.length },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const merge = benchMerge();
  console.table(merge);
  const path = new URL('./results.json', import.meta.url);
  const previous = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, `${JSON.stringify({ ...previous, merge }, null, 2)}\n`);
  console.log('wrote the merge figures to bench/results.json');
}
