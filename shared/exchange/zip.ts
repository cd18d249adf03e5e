import { Inflate, strFromU8 } from 'fflate';

/**
 * A small, strict zip reader. fflate inflates; this reads the central directory first, so
 * every entry's name and declared size can be checked before a single byte is inflated
 * (zip bombs, path traversal), and it verifies each entry's length and CRC-32 afterwards.
 * Only what our writer produces is accepted: one disk, no zip64, no encryption, stored
 * or deflated entries that do not overlap.
 */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's data starts (after its local header). */
  dataOffset: number;
}

export type ZipProblemCode = 'notZip' | 'truncated' | 'corrupt' | 'unsupported';
export interface ZipProblem {
  code: ZipProblemCode;
  detail: string;
}
export type ZipResult<T> = { ok: true; value: T } | { ok: false; problem: ZipProblem };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 0x1;
const STORED = 0;
const DEFLATED = 8;

const fail = (code: ZipProblemCode, detail: string): { ok: false; problem: ZipProblem } => ({ ok: false, problem: { code, detail } });

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(bytes, at + 20) === bytes.length) return at;
  }
  return -1;
}

/** The entries named in the central directory, checked for consistency but not inflated. */
export function readZipDirectory(bytes: Uint8Array): ZipResult<ZipEntry[]> {
  const end = bytes.length >= EOCD_SIZE ? findEndOfDirectory(bytes) : -1;
  if (end < 0) {
    const startsLikeZip = bytes.length >= 4 && u32(bytes, 0) === LOCAL_SIGNATURE;
    return startsLikeZip ? fail('truncated', 'the end of the zip directory is missing') : fail('notZip', 'no zip directory found');
  }
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0) return fail('unsupported', 'multi-disk zip archives are not supported');
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryOffset = u32(bytes, end + 16);
  if ((end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR_SIGNATURE) || count === 0xffff || directoryOffset === 0xffffffff) {
    return fail('unsupported', 'zip64 archives are not supported');
  }
  if (directoryOffset + directorySize > end) return fail('truncated', 'the zip directory runs past the end of the file');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    const entry = readCentralEntry(bytes, at, directoryOffset + directorySize);
    if (!entry.ok) return entry;
    entries.push(entry.value.entry);
    at = entry.value.next;
  }
  return checkNoOverlap(entries, directoryOffset) ?? { ok: true, value: entries };
}

function readCentralEntry(bytes: Uint8Array, at: number, limit: number): ZipResult<{ entry: ZipEntry; next: number }> {
  if (at + CENTRAL_SIZE > limit || u32(bytes, at) !== CENTRAL_SIGNATURE) return fail('corrupt', 'a zip directory entry is damaged');
  const flags = u16(bytes, at + 8);
  const method = u16(bytes, at + 10);
  const nameLength = u16(bytes, at + 28);
  const next = at + CENTRAL_SIZE + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  if (next > limit) return fail('corrupt', 'a zip directory entry is damaged');
  const name = decodeName(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));
  if (flags & FLAG_ENCRYPTED) return fail('unsupported', `entry "${name}" is encrypted`);
  if (method !== STORED && method !== DEFLATED) return fail('unsupported', `entry "${name}" uses compression method ${method}`);
  const compressedSize = u32(bytes, at + 20);
  const size = u32(bytes, at + 24);
  const local = u32(bytes, at + 42);
  if (local + LOCAL_SIZE > bytes.length) return fail('truncated', `entry "${name}" lies past the end of the file`);
  if (u32(bytes, local) !== LOCAL_SIGNATURE) return fail('corrupt', `entry "${name}" has no local header`);
  const localNameLength = u16(bytes, local + 26);
  const localName = decodeName(bytes.subarray(local + LOCAL_SIZE, local + LOCAL_SIZE + localNameLength));
  // A name that differs between the directory and the entry is how zip-confusion attacks start.
  if (localName !== name) return fail('corrupt', `entry "${name}" is named differently in its local header`);
  const dataOffset = local + LOCAL_SIZE + localNameLength + u16(bytes, local + 28);
  if (dataOffset + compressedSize > bytes.length) return fail('truncated', `entry "${name}" is cut short`);
  if (method === STORED && compressedSize !== size) return fail('corrupt', `stored entry "${name}" has inconsistent sizes`);
  return { ok: true, value: { entry: { name, method, crc: u32(bytes, at + 16), compressedSize, size, dataOffset }, next } };
}

/** Entry names as written: UTF-8. Invalid sequences survive as U+FFFD, which no safe name contains. */
function decodeName(raw: Uint8Array): string {
  return strFromU8(raw);
}

/** Entries must not share bytes: overlapping entries are the trick behind non-recursive zip bombs. */
function checkNoOverlap(entries: readonly ZipEntry[], directoryOffset: number): { ok: false; problem: ZipProblem } | undefined {
  const spans = entries.map((e) => [e.dataOffset, e.dataOffset + e.compressedSize] as const).sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < spans.length; i++) {
    const nextStart = i + 1 < spans.length ? spans[i + 1]![0] : directoryOffset;
    if (spans[i]![1] > nextStart) return fail('corrupt', 'zip entries overlap');
  }
  return undefined;
}

/** Compressed bytes are fed to the inflater in pieces this size, so a lie about the size is caught early. */
const INFLATE_CHUNK = 16 * 1024;

/** An entry's bytes, inflated no further than its declared size and checked against its CRC-32. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): ZipResult<Uint8Array> {
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const data = entry.method === STORED ? raw.slice() : inflateBounded(raw, entry.size);
  if (!data) return fail('corrupt', `entry "${entry.name}" does not inflate to its declared ${entry.size} bytes`);
  if (crc32(data) !== entry.crc) return fail('corrupt', `entry "${entry.name}" fails its checksum`);
  return { ok: true, value: data };
}

function inflateBounded(compressed: Uint8Array, size: number): Uint8Array | undefined {
  const out = new Uint8Array(size);
  let written = 0;
  let overflow = false;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > size) overflow = true;
    else out.set(chunk, written);
    written += chunk.length;
    finished = final;
  });
  try {
    for (let at = 0; at < compressed.length && !overflow; at += INFLATE_CHUNK) {
      const end = Math.min(at + INFLATE_CHUNK, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
  } catch {
    return undefined;
  }
  return !overflow && finished && written === size ? out : undefined;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
