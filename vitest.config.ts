import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fakeElectron = fileURLToPath(new URL('./test/fakes/electron.ts', import.meta.url));

// Unit tests run in Node. The main process is tested against a fake `electron` module:
// the alias means the real package (and its missing binary) is never loaded.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          include: ['shared/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias: { electron: fakeElectron } },
        test: {
          name: 'electron',
          include: ['test/electron/**/*.test.ts', 'test/config/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
    ],
  },
});
