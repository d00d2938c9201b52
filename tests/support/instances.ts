import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export type Instance = { origin: string; port: number; child: ChildProcess };

/**
 * Another app instance in a process of its own (tests/support/instance-process.ts) on the
 * database at `url`, on `port` (any free one by default); resolves once it listens.
 */
export function startInstance(url: string, port = 0): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/instance-process.ts', url, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PINDAI_TRUSTED_PROXIES: '127.0.0.1' },
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (origin) => resolve({ origin, port: Number(new URL(origin).port), child }));
  });
}

/** SIGTERM, as a rolling restart sends it; resolves with the exit code once the process is gone. */
export function stopInstance({ child }: Instance): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
