import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The security suite (issue 14): the authorisation matrix, then the fuzz harness, against the
 * production server on a fresh demo database of their own, so that what the fuzz leaves behind
 * (revoked posters, paused services) cannot disturb the browser tests, nor theirs it. Plain
 * HTTP, no browser.
 */
export default defineConfig({
  ...base,
  testDir: 'e2e/security',
  reporter: [['list']],
  projects: [
    { name: 'matrix', testMatch: /authorisation\.spec/ },
    { name: 'fuzz', testMatch: /fuzz\.spec/, dependencies: ['matrix'] },
  ],
});
