import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HlcClock, MAX_DRIFT_MS, formatHlc, parseHlc, type Hlc } from './hlc';

const T0 = Date.UTC(2025, 0, 1);
const DAY = 24 * 60 * 60 * 1000;
const MAX_COUNTER = 36 ** 5 - 1;

/** A clock whose wall time the test sets. */
function testClock(deviceId = 'device-a') {
  const time = { now: T0 };
  return { time, clock: new HlcClock(deviceId, () => time.now) };
}

function compareHlc(a: Hlc, b: Hlc): number {
  return a.wall - b.wall || a.counter - b.counter || (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0);
}

const deviceIdArb = fc.stringMatching(/^[0-9a-f-]{1,36}$/);
const hlcArb = fc.record({
  wall: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  counter: fc.integer({ min: 0, max: MAX_COUNTER }),
  deviceId: deviceIdArb,
});

describe('HlcClock.tick', () => {
  it('is strictly increasing when the wall clock goes backwards', () => {
    const { time, clock } = testClock();
    const first = clock.tick();
    time.now = T0 - 5_000;
    const second = clock.tick();
    const third = clock.tick();
    expect(first < second && second < third).toBe(true);
    expect(parseHlc(third)).toEqual({ wall: T0, counter: 2, deviceId: 'device-a' });
  });

  it('restarts the counter when the wall clock moves on', () => {
    const { time, clock } = testClock();
    clock.tick();
    clock.tick();
    time.now = T0 + 1;
    expect(parseHlc(clock.tick())).toEqual({ wall: T0 + 1, counter: 0, deviceId: 'device-a' });
  });
});

describe('HlcClock.observe', () => {
  it('makes later ticks sort after the remote stamp', () => {
    const { clock } = testClock();
    const remote = formatHlc({ wall: T0 + 60_000, counter: 7, deviceId: 'device-b' });
    clock.observe(remote);
    expect(clock.tick() > remote).toBe(true);
  });

  it('never moves the clock back for a stamp from the past', () => {
    const { clock } = testClock();
    const before = clock.tick();
    clock.observe(formatHlc({ wall: T0 - DAY, counter: 99, deviceId: 'device-b' }));
    expect(clock.tick() > before).toBe(true);
  });

  it('ignores a remote stamp further ahead than MAX_DRIFT_MS', () => {
    const { clock } = testClock();
    const broken = formatHlc({ wall: T0 + MAX_DRIFT_MS + 1, counter: 0, deviceId: 'device-b' });
    clock.observe(broken);
    const next = clock.tick();
    expect(next < broken).toBe(true);
    expect(parseHlc(next)?.wall).toBe(T0);
  });

  it('accepts a remote stamp exactly MAX_DRIFT_MS ahead', () => {
    const { clock } = testClock();
    const remote = formatHlc({ wall: T0 + MAX_DRIFT_MS, counter: 0, deviceId: 'device-b' });
    clock.observe(remote);
    expect(clock.tick() > remote).toBe(true);
  });

  it('borrows a millisecond when the counter would overflow', () => {
    const { clock } = testClock();
    const remote = formatHlc({ wall: T0, counter: MAX_COUNTER, deviceId: 'device-b' });
    clock.observe(remote);
    const next = clock.tick();
    expect(next > remote).toBe(true);
    expect(parseHlc(next)).toEqual({ wall: T0 + 1, counter: 1, deviceId: 'device-a' });
  });

  it('ignores stamps it cannot read', () => {
    const { clock } = testClock();
    clock.observe('not a stamp');
    expect(parseHlc(clock.tick())).toEqual({ wall: T0, counter: 0, deviceId: 'device-a' });
  });
});

describe('stamp order', () => {
  type Step = { now: number } & ({ op: 'tick' } | { op: 'observe'; remote: Hlc });
  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ op: fc.constant('tick' as const), now: fc.integer({ min: T0 - DAY, max: T0 + DAY }) }),
    fc.record({
      op: fc.constant('observe' as const),
      now: fc.integer({ min: T0 - DAY, max: T0 + DAY }),
      remote: fc.record({
        wall: fc.integer({ min: T0 - 2 * DAY, max: T0 + 3 * DAY }),
        counter: fc.integer({ min: 0, max: MAX_COUNTER }),
        deviceId: fc.constantFrom('device-b', 'device-c'),
      }),
    }),
  );

  it('puts every tick after everything the clock issued or accepted, whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        const { time, clock } = testClock();
        let latest = '';
        for (const step of steps) {
          time.now = step.now;
          if (step.op === 'tick') {
            const stamp = clock.tick();
            expect(stamp > latest).toBe(true);
            latest = stamp;
          } else {
            const remote = formatHlc(step.remote);
            clock.observe(remote);
            const accepted = step.remote.wall <= step.now + MAX_DRIFT_MS;
            if (accepted && remote > latest) latest = remote;
          }
        }
      }),
    );
  });

  it('sorts stamps as strings in the same order as their clock values', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, (a, b) => {
        const [left, right] = [formatHlc(a), formatHlc(b)];
        const asStrings = left < right ? -1 : left > right ? 1 : 0;
        expect(asStrings).toBe(Math.sign(compareHlc(a, b)));
      }),
    );
  });
});

describe('formatHlc / parseHlc', () => {
  it('round-trip', () => {
    fc.assert(
      fc.property(hlcArb, (hlc) => {
        expect(parseHlc(formatHlc(hlc))).toEqual(hlc);
      }),
    );
  });

  it.each([
    '',
    'abc',
    '0000000000-00000-device',
    '00000000000-0000-device',
    'ZZZZZZZZZZZ-00000-device',
    '00000000000-00000-',
  ])('rejects %j', (stamp) => {
    expect(parseHlc(stamp)).toBeNull();
  });
});
