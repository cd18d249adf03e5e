/** `npm run plan -- <command>` (see planCli.ts): plan files from the command line. */
import { readFileSync, writeFileSync } from 'node:fs';
import { runPlanCli } from './planCli';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

process.exitCode = runPlanCli(process.argv.slice(2), {
  readFile: (path) => new Uint8Array(readFileSync(path)),
  writeFile: (path, bytes) => writeFileSync(path, bytes),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  now: () => new Date(),
  appVersion: version,
});
