/**
 * `npm run fuzz -- --runs N [--seed S]`: the fuzz harness (e2e/security/fuzz.spec.ts) for
 * longer than `npm test` runs it, against the production build (run `npx next build` first)
 * on a fresh demo database. N sweeps of every class into every part of every route.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
  },
});
for (const [name, value] of Object.entries(values)) {
  if (!/^\d{1,6}$/.test(value)) {
    console.error(`--${name} must be a whole number, not ${JSON.stringify(value)}`);
    process.exit(2);
  }
}
console.log(
  `fuzz: ${values.runs} sweeps from seed ${values.seed} (repeat with --seed ${values.seed})`,
);
const run = spawnSync(
  process.execPath,
  [
    'node_modules/@playwright/test/cli.js',
    'test',
    '-c',
    'playwright.security.config.ts',
    '--project',
    'fuzz',
    '--no-deps',
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      FUZZ_RUNS: values.runs,
      FUZZ_SEED: values.seed,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
);
process.exit(run.status ?? 1);
