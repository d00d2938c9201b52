import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BENCH_VISITOR_SECRET } from './seeded-database';

export type AppServer = { origin: string; pid: number; stop: () => Promise<void> };
/** The app's own server (scripts/server.ts), or plain `next start` to compare with. */
export type AppServerKind = 'pindai' | 'next';

/**
 * Builds once if needed and serves the app on `port` against `env`'s database, waiting until it
 * answers; from the checkout in `dir` (another commit's, to compare with), this one by default.
 */
export async function startApp(port: number, env: Record<string, string>, server: AppServerKind = 'pindai', dir = process.cwd()): Promise<AppServer> {
  const next = 'node_modules/next/dist/bin/next';
  if (!existsSync(path.join(dir, '.next/BUILD_ID'))) {
    const build = spawnSync(process.execPath, [next, 'build'], { cwd: dir, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const origin = `http://localhost:${port}`;
  // BENCH_APP_NODE_ARGS: node flags for the app, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it under load.
  const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const entry = server === 'next' ? [next, 'start', '-p', String(port)] : ['--import', 'tsx', 'scripts/server.ts'];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...entry], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NEXTAUTH_URL: origin,
      PINDAI_PUBLIC_URL: origin,
      NEXTAUTH_SECRET: 'bench-auth-secret-not-for-production',
      PINDAI_VISITOR_SECRET: BENCH_VISITOR_SECRET,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      ...env,
    },
  });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('the app exited while starting');
    if (await fetch(`${origin}/login`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A next-auth session over plain HTTP: the cookies of a credentials login. */
export async function logInOverHttp(origin: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookie(), origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  keep(login);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`login as ${email} failed`);
  return cookie();
}
