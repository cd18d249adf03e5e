import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the built app's files are, relative to the main bundle (dist/electron/main.js),
 * so the same paths hold in development, in tests and inside the packaged asar.
 */
const mainDir = dirname(fileURLToPath(import.meta.url));

export const RENDERER_ROOT = join(mainDir, '..', 'renderer');
export const PRELOAD_PATH = join(mainDir, 'preload.cjs');
