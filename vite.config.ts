import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: one build serves both the Electron window (app://workbench/) and the
// browser build (`npm run web`). Relative base so the same files work under both origins.
// `--mode test` adds the window.__workbench hooks that the benchmark uses to seed plans.
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: mode === 'test' ? '../dist/renderer-test' : '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  preview: { port: 5178, strictPort: true, host: '127.0.0.1' },
  server: { port: 5178, strictPort: true, host: '127.0.0.1' },
}));
