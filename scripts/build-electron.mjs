// Bundles the Electron main process and preload with Vite's build API:
//   electron/main.ts    -> dist/electron/main.js     (ES module; package.json has "type": "module")
//   electron/preload.ts -> dist/electron/preload.cjs (CommonJS: sandboxed preloads can't be ES modules)
// Dependencies (zod, shared/) are bundled in; only `electron` and Node built-ins stay external,
// so the packaged app needs no node_modules at run time. The renderer is built by `vite build`.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = 'dist/electron';

/** Electron 45 runs Node 22 in main and Chromium 140 in the preload's isolated world. */
const BUNDLES = [
  { entry: 'electron/main.ts', fileName: 'main.js', format: 'es', target: 'node22' },
  { entry: 'electron/preload.ts', fileName: 'preload.cjs', format: 'cjs', target: 'chrome140' },
];

await rm(new URL(`../${outDir}`, import.meta.url), { recursive: true, force: true });

for (const { entry, fileName, format, target } of BUNDLES) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    // A server (Node) build: Node resolution and built-ins external; bundle every package but electron.
    ssr: { noExternal: true, external: ['electron'] },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      target,
      minify: false,
      rolldownOptions: {
        output: { format, entryFileNames: fileName },
      },
    },
  });
  console.log(`built ${outDir}/${fileName}`);
}
