import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offlinePlugin } from './scripts/vite-plugin-offline.ts';

// `base: './'` makes every asset URL relative, so `dist/` works from any sub-path of any static host.
// offlinePlugin() writes dist/sw.js, the service worker that keeps every file of dist/ for offline use.
export default defineConfig({
  base: './',
  plugins: [svelte(), offlinePlugin()],
  build: { outDir: 'dist', target: 'es2022' },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
