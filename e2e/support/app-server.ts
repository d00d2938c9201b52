import { type ChildProcess, spawn } from 'node:child_process';

/** The secrets the app under test runs with (and the demo registry was hashed with). */
export const e2eSecrets = {
  NEXTAUTH_SECRET: 'e2e-auth-secret-not-for-production',
  PINDAI_VISITOR_SECRET: 'e2e-visitor-secret-not-for-production',
};

/**
 * The production server (scripts/server.ts) on `port` against the database in `dbEnv`, as
 * e2e/serve.ts starts it; a second one on the same database is a second instance.
 */
export function spawnApp(port: string, dbEnv: Record<string, string>, stdio: 'pipe' | 'ignore' = 'pipe'): ChildProcess {
  const origin = `http://localhost:${port}`;
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    env: {
      ...process.env,
      ...dbEnv,
      NEXTAUTH_URL: origin,
      PINDAI_PUBLIC_URL: origin,
      ...e2eSecrets,
      NEXT_TELEMETRY_DISABLED: '1',
      // Specs tell clients apart by X-Forwarded-For, as a proxy on this machine would.
      PINDAI_TRUSTED_PROXIES: '127.0.0.1,::1',
      PORT: port,
    },
    stdio: ['ignore', stdio, stdio],
  });
}
