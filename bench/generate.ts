import { newElement, type PlanElement } from '../shared/model/element';
import { ELEMENT_KINDS } from '../shared/model/kinds';
import { newLink, type PlanLink } from '../shared/model/link';
import { newPlan, type Plan } from '../shared/model/plan';

const BODIES = [
  'Mở rộng kênh phân phối tới các cửa hàng tiện lợi ở Hà Nội và TP.HCM trước Tết.',
  '以顧客價值為核心，先找出魚在哪裡，再讓業務把魚捕上岸。',
  '销售和市场共同制定预算，按客户层级跟踪结果。',
  'Price at parity with the market leader; bundle the starter kit for first-time buyers.',
];

/**
 * A plan of `count` elements in frames of 20 (a 5×4 grid each), every element linked to the
 * next: the shape of a large real plan, with Chinese and Vietnamese text to wrap.
 */
export function generatePlan(count: number, id = `bench-${count}`): { plan: Plan; elements: PlanElement[]; links: PlanLink[] } {
  const plan = newPlan({ id, title: `Benchmark ${count}`, brand: 'Bench', market: 'VN / TW' }, Date.now());
  const elements: PlanElement[] = [];
  const links: PlanLink[] = [];
  const perFrame = 20;
  const framesPerRow = 10;
  let previous: string | undefined;
  for (let i = 0; elements.length < count; i++) {
    const frameIndex = Math.floor(i / perFrame);
    const slot = i % perFrame;
    if (slot === 0) {
      elements.push(
        newElement({
          id: `${id}-f${frameIndex}`,
          planId: id,
          kind: 'frame',
          title: `Frame ${frameIndex + 1}`,
          x: (frameIndex % framesPerRow) * 1400,
          y: Math.floor(frameIndex / framesPerRow) * 800,
          width: 1340,
          height: 740,
        }),
      );
      if (elements.length >= count) break;
    }
    const kind = ELEMENT_KINDS[i % (ELEMENT_KINDS.length - 1)]!; // every kind but frame
    const elementId = `${id}-e${i}`;
    elements.push(
      newElement({
        id: elementId,
        planId: id,
        kind,
        title: `${kind} ${i}`,
        body: BODIES[i % BODIES.length]!,
        x: 20 + (slot % 5) * 260,
        y: 60 + Math.floor(slot / 5) * 170,
        parentId: `${id}-f${frameIndex}`,
      }),
    );
    if (previous) links.push(newLink({ id: `${id}-l${i}`, planId: id, source: previous, target: elementId }));
    previous = elementId;
  }
  return { plan, elements, links };
}
