import { newElement, type PlanElement } from '../../model/element';
import { review as reviewRecord } from '../../review/fixtures';
import type { ElementKind } from '../../model/kinds';
import { newLink } from '../../model/link';
import { newPlan } from '../../model/plan';
import type { Profile, Role } from '../../model/profile';
import type { Attachment, Comment, Review } from '../../model/review';
import { emptyState, type PlanState } from '../state';
import { SimulatedDevice } from './device';

/** Builders for exchange tests: people, a starter plan, and laptops sharing one test clock. */
export const PLAN_ID = 'plan-1';

export function person(id: string, role: Role, name = id): Profile {
  return { id, name, role, deviceId: `laptop-${id}`, createdAt: 1 };
}

export const MAI = person('mai', 'marketing', 'Mai Nguyễn');
export const LAN = person('lan', 'sales', '林小蘭');
export const MINH = person('minh', 'sales', 'Minh Trần');

/** One clock for a whole test: each reading a second later, so stamps are readable and distinct. */
export function testClock(start = Date.UTC(2026, 0, 5)): () => number {
  let now = start;
  return () => (now += 1000);
}

export function element(id: string, kind: ElementKind, init: Partial<PlanElement> = {}): PlanElement {
  return newElement({ id, planId: PLAN_ID, kind, title: id, ...init });
}

/** A small plan: a product with its customer, a price, an objective with a text field, and links. */
export function starterPlan(): PlanState {
  const state = emptyState(newPlan({ id: PLAN_ID, title: 'Tết campaign', brand: 'Trà Xanh', market: 'VN' }, 1));
  state.elements = [
    element('product', 'product', { body: 'Bottled green tea' }),
    element('customer', 'customer', { body: 'Office workers, 25–35' }),
    element('price', 'price', { fields: { pricePoint: 12000 } }),
    element('objective', 'objective', { fields: { metric: 'Trial rate', targetValue: 20 } }),
  ];
  state.links = [
    newLink({ id: 'l1', planId: PLAN_ID, source: 'product', target: 'customer', type: 'pairsWith' }),
    newLink({ id: 'l2', planId: PLAN_ID, source: 'price', target: 'objective' }),
  ];
  return state;
}

/** Marketing's laptop with the starter plan, and reps' laptops that imported it as a package. */
export function team(clock = testClock(), reps: readonly Profile[] = [LAN, MINH]) {
  const mai = SimulatedDevice.creating(MAI, starterPlan(), clock);
  return { mai, reps: reps.map((rep) => new SimulatedDevice(rep, mai.state, clock)), clock };
}

export function review(device: SimulatedDevice, elementId: string, init: Partial<Review> = {}): Review {
  const { id, name, role } = device.profile;
  return reviewRecord({
    id: device.id('review'),
    planId: PLAN_ID,
    elementId,
    author: id,
    authorName: name,
    authorRole: role,
    verdict: 'feasibleWithChanges',
    ...init,
  });
}

export function comment(device: SimulatedDevice, reviewId: string, body: string): Comment {
  const { id, name, role } = device.profile;
  return { id: device.id('comment'), planId: PLAN_ID, reviewId, author: id, authorName: name, authorRole: role, createdAt: 2, body, deleted: false };
}

export function attachment(device: SimulatedDevice, reviewId: string, bytes: Uint8Array): Attachment {
  return { id: device.id('att'), planId: PLAN_ID, reviewId, name: 'shelf.jpg', type: 'image/jpeg', size: bytes.length, deleted: false };
}
