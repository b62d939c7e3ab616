import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The renderer is served from app://qcdc/ in Electron and from the loopback bridge in a browser,
// so every asset path is relative.
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // The chunk graph (tests/unit/renderer/first-screen.test.ts measures the first screen from it).
    manifest: true,
  },
});
