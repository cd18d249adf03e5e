import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const projectFile = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(projectFile(path), 'utf8'));

const config = parse(readFileSync(projectFile('electron-builder.yml'), 'utf8')) as {
  files: string[];
  fileAssociations: Array<Record<string, string>>;
  linux: { target: string[]; icon: string; category: string };
  win: { target: string[] };
  mac: { target: string[]; category: string };
};

describe('electron-builder.yml', () => {
  it('is valid against the schema shipped with electron-builder', () => {
    // The schema is draft-07 with union types and its own keywords: strict mode would refuse it.
    const ajv = new Ajv({ strict: false, allowUnionTypes: true, allErrors: true });
    const validate = ajv.compile(readJson('node_modules/app-builder-lib/scheme.json') as object);
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('associates .cwplan plan files with the app', () => {
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({
        ext: 'cwplan',
        name: 'Campaign Workbench plan',
        mimeType: 'application/x-campaign-workbench-plan',
        role: 'Editor',
      }),
    );
  });

  it('builds AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packages the built app, whose entry point package.json names', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect((readJson('package.json') as { main: string }).main).toBe('dist/electron/main.js');
  });

  it('points at an icon that exists and is a 512×512 PNG', () => {
    const icon = readFileSync(projectFile(config.linux.icon));
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height are the first two big-endian words after the 16-byte header.
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]);
    expect(existsSync(projectFile('build/icon.svg'))).toBe(true);
  });
});
