import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { PlanElement } from '../shared/model/element';
import { readPlanFile } from '../shared/exchange/read';
import { EXPORT, sampleFile } from '../shared/exchange/testing/files';
import { team } from '../shared/exchange/testing/fixtures';
import { emptyState } from '../shared/exchange/state';
import { newPlan } from '../shared/model/plan';
import { writePlanFile } from '../shared/exchange/write';
import { EXIT, runPlanCli } from './planCli';

/** The CLI against an in-memory disk. */
function cli(files: Record<string, Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const run = (...args: string[]) =>
    runPlanCli(args, {
      readFile: (path) => {
        if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
        return files[path]!;
      },
      writeFile: (path, bytes) => void (files[path] = bytes),
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      now: () => new Date(Date.UTC(2026, 1, 1)),
      appVersion: '9.9.9',
    });
  return { run, out, err, files };
}

describe('npm run plan', () => {
  it('validate: accepts a plan file', () => {
    const { run, out } = cli({ 'tet.cwplan': sampleFile() });
    expect(run('validate', 'tet.cwplan')).toBe(EXIT.ok);
    expect(out).toEqual(['tet.cwplan: valid plan file, format version 1: "Tết campaign"']);
  });

  it('validate: refuses a broken file with a clear message and a non-zero exit', () => {
    const bytes = sampleFile();
    const { run, err } = cli({ 'cut.cwplan': bytes.subarray(0, bytes.length - 10), 'photo.jpg': new Uint8Array([0xff, 0xd8]) });
    expect(run('validate', 'cut.cwplan')).toBe(EXIT.badInput);
    expect(run('validate', 'photo.jpg')).toBe(EXIT.badInput);
    expect(run('validate', 'missing.cwplan')).toBe(EXIT.badInput);
    expect(err).toEqual([
      expect.stringMatching(/^error: cut\.cwplan: The file is incomplete.*\(truncated: /),
      expect.stringMatching(/^error: photo\.jpg: This is not a Campaign Workbench plan file.*\(notZip: /),
      'error: cannot read missing.cwplan: ENOENT',
    ]);
  });

  it('inspect: summarises title, kind, counts, reviewers and verdicts', () => {
    const { run, out } = cli({ 'tet.cwplan': sampleFile() });
    expect(run('inspect', 'tet.cwplan')).toBe(EXIT.ok);
    expect(out.join('\n')).toMatchInlineSnapshot(`
      ""Tết campaign"
        plan file, format version 1, written by Campaign Workbench 0.1.0
        exported 2026-01-10T09:30:00.000Z by 林小蘭 (sales)
        brand: Trà Xanh; market: VN; status: draft
        elements: 4 (0 deleted); links: 2
        reviews: 1; suggestions: 0; comments: 1; sign-offs: 0
        attachments: 1 (300 bytes); open conflicts: 0
        changes: 114; people: 2
        reviewers: 林小蘭 (1)
        verdicts: notFeasible 1"
    `);
  });

  it('inspect --json: the same summary for programs', () => {
    const { run, out } = cli({ 'tet.cwplan': sampleFile() });
    expect(run('inspect', '--json', 'tet.cwplan')).toBe(EXIT.ok);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ kind: 'plan', counts: { elements: 4, reviews: 1 }, verdicts: { notFeasible: 1 } });
  });

  it('never prints control characters from a file', () => {
    const { mai } = team();
    mai.write('plan', { ...mai.state.plan, title: 'Evil\u001b[2J\u001b]0;owned\u0007 title' });
    const { run, out } = cli({ 'evil.cwplan': writePlanFile(mai.state, EXPORT) });
    run('inspect', 'evil.cwplan');
    expect(out[0]).toBe('"Evil\uFFFD[2J\uFFFD]0;owned\uFFFD title"');
    for (const line of out) expect(line).not.toMatch(/[\u0000-\u001f]/);
  });

  it('merge: merges B into A, writes OUT and reports what changed', () => {
    const { mai, reps: [lan] } = team();
    lan!.write('element', { ...lan!.get<PlanElement>('element', 'customer')!, body: 'Sinh viên' });
    const { run, out, files } = cli({ 'a.cwplan': writePlanFile(mai.state, EXPORT), 'b.cwplan': writePlanFile(lan!.state, EXPORT) });
    expect(run('merge', 'a.cwplan', 'b.cwplan', '-o', 'out.cwplan')).toBe(EXIT.ok);
    expect(out).toEqual([
      expect.stringMatching(/^b\.cwplan: \d+ new changes by lan$/),
      '  elements: 0 added, 1 changed, 0 deleted',
      '  reviews: 0 new; comments: 0 new; attachments: 0 new',
      '  conflicts: 0 to resolve, 0 resolved',
      'wrote out.cwplan (plan)',
    ]);
    const merged = readPlanFile(files['out.cwplan']!);
    expect(merged.ok && merged.file.content.elements.find((e) => e.id === 'customer')!.body).toBe('Sinh viên');
    expect(merged.ok && merged.file.header).toMatchObject({ appVersion: '9.9.9', exportedBy: null });
  });

  it('merge: refuses two different plans, bad files and missing arguments', () => {
    const other = emptyState(newPlan({ id: 'plan-2', title: 'Another plan' }, 1));
    const { run, err } = cli({ 'a.cwplan': sampleFile(), 'b.cwplan': writePlanFile(other, EXPORT), 'bad.cwplan': new Uint8Array([1, 2, 3]) });
    expect(run('merge', 'a.cwplan', 'b.cwplan', '-o', 'out.cwplan')).toBe(EXIT.badInput);
    expect(run('merge', 'a.cwplan', 'bad.cwplan', '-o', 'out.cwplan')).toBe(EXIT.badInput);
    expect(run('merge', 'a.cwplan', 'b.cwplan')).toBe(EXIT.usage);
    expect(run('frobnicate')).toBe(EXIT.usage);
    expect(err[0]).toMatch(/another plan/);
  });

  it('runs from npm with tsx, with exit codes a script can test', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cwplan-'));
    writeFileSync(join(dir, 'ok.cwplan'), sampleFile());
    writeFileSync(join(dir, 'bad.cwplan'), 'not a plan');
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/plan.ts', ...args], { cwd: process.cwd() }).then(
        ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const [ok, bad] = await Promise.all([run('validate', join(dir, 'ok.cwplan')), run('validate', join(dir, 'bad.cwplan'))]);
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringContaining('valid plan file') });
    expect(bad).toMatchObject({ code: EXIT.badInput, stderr: expect.stringContaining('notZip') });
  }, 60_000);
});
