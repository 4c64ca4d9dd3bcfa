import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Three suites: `unit` (components and modules in jsdom), `nginx` (the real nginx config served by
 * Debian's nginx) and `e2e` (Debian's Chromium against nginx and the real service).
 */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/support/setup-dom.ts'],
          restoreMocks: true,
          unstubGlobals: true,
        },
      },
      {
        test: {
          name: 'nginx',
          environment: 'node',
          include: ['tests/nginx/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
