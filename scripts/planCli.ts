import { describeReadError } from '../shared/exchange/errors';
import type { FileKind, VersionVector } from '../shared/exchange/format';
import { mergePlans, type MergeResult } from '../shared/exchange/merge';
import { readPlanFile, type PlanFile } from '../shared/exchange/read';
import { summarizePlanFile, type PlanFileSummary } from '../shared/exchange/summary';
import { writePlanFile } from '../shared/exchange/write';

/**
 * `npm run plan -- <command>`: the plan-file tools on the same shared/ code the app uses.
 * Everything outside (files, output, clock) comes in through `io`, so tests run it in-process.
 */
export interface CliIo {
  readFile(path: string): Uint8Array;
  writeFile(path: string, bytes: Uint8Array): void;
  out(line: string): void;
  err(line: string): void;
  now(): Date;
  appVersion: string;
}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

const USAGE = `Usage: npm run plan -- <command>

Commands:
  validate FILE          check that FILE is a readable plan file
  inspect FILE [--json]  summarise FILE: title, kind, counts, reviewers, verdicts
  merge A B -o OUT       merge B into A and write the result to OUT`;

export function runPlanCli(args: readonly string[], io: CliIo): number {
  const [command, ...rest] = args;
  try {
    if (command === 'validate' && rest.length === 1) return validate(rest[0]!, io);
    if (command === 'inspect' && (rest.length === 1 || (rest.length === 2 && rest.includes('--json')))) {
      return inspect(rest.find((a) => a !== '--json')!, rest.includes('--json'), io);
    }
    if (command === 'merge') {
      const o = rest.indexOf('-o');
      const inputs = rest.filter((_, i) => i !== o && i !== o + 1);
      if (o >= 0 && rest[o + 1] && inputs.length === 2) return merge(inputs[0]!, inputs[1]!, rest[o + 1]!, io);
    }
  } catch (error) {
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.badInput;
  }
  io.err(command === undefined || command === '--help' || command === 'help' ? USAGE : `error: unknown command or arguments\n\n${USAGE}`);
  return EXIT.usage;
}

/** A read plan file, or an error already reported. */
function load(path: string, io: CliIo): PlanFile | undefined {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    io.err(`error: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return undefined;
  }
  const result = readPlanFile(bytes);
  if (!result.ok) {
    io.err(`error: ${path}: ${describeReadError(result.error)}`);
    return undefined;
  }
  return result.file;
}

function validate(path: string, io: CliIo): number {
  const file = load(path, io);
  if (!file) return EXIT.badInput;
  const upgraded = file.upgradedFrom === null ? '' : ` (upgraded from version ${file.upgradedFrom})`;
  io.out(`${path}: valid ${file.header.kind} file, format version ${file.header.formatVersion}${upgraded}: "${printable(file.content.plan.title)}"`);
  return EXIT.ok;
}

function inspect(path: string, json: boolean, io: CliIo): number {
  const file = load(path, io);
  if (!file) return EXIT.badInput;
  const summary = summarizePlanFile(file);
  if (json) io.out(JSON.stringify(summary, null, 2));
  else for (const line of describeSummary(summary)) io.out(line);
  return EXIT.ok;
}

function merge(a: string, b: string, out: string, io: CliIo): number {
  const [local, incoming] = [load(a, io), load(b, io)];
  if (!local || !incoming) return EXIT.badInput;
  const outcome = mergePlans(local.content, incoming.content);
  if (!outcome.ok) {
    io.err(`error: ${b} is another plan than ${a}: ${outcome.error.detail}`);
    return EXIT.badInput;
  }
  // Two returns merge into a return made from what both bases held; anything else is a plan.
  const bothReturns = local.header.kind === 'return' && incoming.header.kind === 'return';
  const kind: FileKind = bothReturns ? 'return' : 'plan';
  const base = bothReturns ? commonBase(local.header.base ?? {}, incoming.header.base ?? {}) : undefined;
  io.writeFile(out, writePlanFile(outcome.merged, { kind, appVersion: io.appVersion, exportedAt: io.now(), exportedBy: null, ...(base ? { base } : {}) }));
  for (const line of describeMerge(outcome, b)) io.out(line);
  io.out(`wrote ${out} (${kind})`);
  return EXIT.ok;
}

function commonBase(x: VersionVector, y: VersionVector): VersionVector {
  const base: VersionVector = {};
  for (const [device, hlc] of Object.entries(x)) {
    const other = Object.hasOwn(y, device) ? y[device] : undefined;
    if (other !== undefined) base[device] = hlc < other ? hlc : other;
  }
  return base;
}

function describeMerge({ preview }: MergeResult, from: string): string[] {
  const e = preview.byType.element;
  if (preview.unchanged) return [`${from} brings nothing new.`];
  return [
    `${from}: ${preview.newChanges} new changes by ${preview.authors.map(printable).join(', ') || 'nobody'}`,
    `  elements: ${e.added.length} added, ${e.changed.length} changed, ${e.deleted.length} deleted`,
    `  reviews: ${preview.byType.review.added.length} new; comments: ${preview.byType.comment.added.length} new; attachments: ${preview.byType.attachment.added.length} new`,
    `  conflicts: ${preview.conflicts.length} to resolve, ${preview.resolvedConflicts.length} resolved`,
  ];
}

function describeSummary(s: PlanFileSummary): string[] {
  const by = s.exportedBy ? ` by ${printable(s.exportedBy.name)} (${s.exportedBy.role})` : '';
  const verdicts = Object.entries(s.verdicts).filter(([, n]) => n > 0);
  return [
    `"${printable(s.title)}"${s.planDeleted ? ' (deleted)' : ''}`,
    `  ${s.kind} file, format version ${s.formatVersion}${s.upgradedFrom === null ? '' : ` (upgraded from ${s.upgradedFrom})`}, written by Campaign Workbench ${printable(s.appVersion)}`,
    `  exported ${s.exportedAt}${by}`,
    `  brand: ${printable(s.brand) || '-'}; market: ${printable(s.market) || '-'}; status: ${s.status}`,
    `  elements: ${s.counts.elements} (${s.deletedElements} deleted); links: ${s.counts.links}`,
    `  reviews: ${s.counts.reviews}; suggestions: ${s.counts.suggestions}; comments: ${s.counts.comments}; sign-offs: ${s.counts.signoffs}`,
    `  attachments: ${s.counts.attachments} (${s.attachmentBytes} bytes); open conflicts: ${s.counts.openConflicts}`,
    `  changes: ${s.changes}; people: ${s.people}`,
    `  reviewers: ${s.reviewers.map((r) => `${printable(r.name)} (${r.reviews})`).join(', ') || 'none'}`,
    `  verdicts: ${verdicts.map(([v, n]) => `${v} ${n}`).join(', ') || 'none'}`,
  ];
}

/** Text from a file is data: control characters (terminal escapes included) never reach the terminal. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
}
