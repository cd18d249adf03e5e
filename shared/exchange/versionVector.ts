import type { Change } from '../changes/change';
import type { VersionVector } from './format';

/**
 * Per device, the clock stamp of its latest change in a log. A device's stamps only grow,
 * and a package carries its sender's whole log, so this names exactly the changes a
 * package held: the base a field return is made from.
 */
export function versionVector(changes: readonly Change[]): VersionVector {
  const vector: VersionVector = {};
  for (const { deviceId, hlc } of changes) {
    const known = vector[deviceId];
    if (known === undefined || hlc > known) vector[deviceId] = hlc;
  }
  return vector;
}

/** Whether a change was already in the package that `base` describes. */
export function isCovered(base: VersionVector, change: Pick<Change, 'deviceId' | 'hlc'>): boolean {
  const known = Object.hasOwn(base, change.deviceId) ? base[change.deviceId] : undefined;
  return known !== undefined && change.hlc <= known;
}
