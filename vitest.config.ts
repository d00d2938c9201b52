import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // Suites make their own databases; two workers keep this 2-core machine responsive.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Outages and refusals that tests cause on purpose are logged as warnings: show errors only.
    env: { PINDAI_VISITOR_SECRET: 'test-visitor-secret-0123456789', PINDAI_LOG_LEVEL: 'error' },
  },
});
