/**
 * Hybrid logical clock (Kulkarni et al.; as in Actual Budget's CRDT). A stamp orders
 * events across devices even when their wall clocks disagree, and sorts as a string:
 * `wall(ms, base36, 11) - counter(base36, 5) - deviceId`.
 */
export interface Hlc {
  wall: number;
  counter: number;
  deviceId: string;
}

const WALL_WIDTH = 11;
const COUNTER_WIDTH = 5;
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
/** A remote clock further ahead than this is a broken clock, not news. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export function formatHlc(hlc: Hlc): string {
  return (
    hlc.wall.toString(36).padStart(WALL_WIDTH, '0') +
    '-' +
    hlc.counter.toString(36).padStart(COUNTER_WIDTH, '0') +
    '-' +
    hlc.deviceId
  );
}

const HLC_PATTERN = /^([0-9a-z]{11})-([0-9a-z]{5})-(.+)$/;

export function parseHlc(stamp: string): Hlc | null {
  const m = HLC_PATTERN.exec(stamp);
  if (!m) return null;
  return { wall: parseInt(m[1]!, 36), counter: parseInt(m[2]!, 36), deviceId: m[3]! };
}

/** The clock of one device. `now` is injectable so tests control time. */
export class HlcClock {
  private last: Hlc;

  constructor(
    readonly deviceId: string,
    private readonly now: () => number = Date.now,
  ) {
    this.last = { wall: 0, counter: 0, deviceId };
  }

  /** A stamp for a local event, strictly after every stamp this clock gave or saw. */
  tick(): string {
    const wall = Math.max(this.last.wall, this.now());
    const counter = wall === this.last.wall ? this.last.counter + 1 : 0;
    this.last = this.bump(wall, counter);
    return formatHlc(this.last);
  }

  /** Take in a stamp from elsewhere (another window, a merged file) so later ticks sort after it. */
  observe(stamp: string): void {
    const remote = parseHlc(stamp);
    if (!remote) return;
    const physical = this.now();
    if (remote.wall > physical + MAX_DRIFT_MS) return;
    const wall = Math.max(this.last.wall, remote.wall, physical);
    let counter = 0;
    if (wall === this.last.wall && wall === remote.wall) counter = Math.max(this.last.counter, remote.counter) + 1;
    else if (wall === this.last.wall) counter = this.last.counter + 1;
    else if (wall === remote.wall) counter = remote.counter + 1;
    this.last = this.bump(wall, counter);
  }

  private bump(wall: number, counter: number): Hlc {
    // Counter overflow only happens with >60M events in one millisecond: borrow a millisecond.
    if (counter > MAX_COUNTER) return { wall: wall + 1, counter: 0, deviceId: this.deviceId };
    return { wall, counter, deviceId: this.deviceId };
  }
}
