import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function postgresVersion(): string | undefined {
  try {
    return execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-Atc', 'SHOW server_version'], { encoding: 'utf8' }).trim().split(' ')[0];
  } catch {
    return undefined; // left out, never guessed
  }
}

/** Writes bench/results/NAME.json as ../shared/BENCH.md says; metrics that are NaN are left out. */
export function writeResult(name: string, params: Record<string, unknown>, metrics: Record<string, number>) {
  const measured = Object.fromEntries(Object.entries(metrics).filter(([, v]) => Number.isFinite(v)).map(([k, v]) => [k, Math.round(v * 100) / 100]));
  const result = {
    name,
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres: postgresVersion() },
    params,
    metrics: measured,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote bench/results/${name}.json`);
}

/** Milliseconds of each of `runs` runs, after three warm-ups (caches warm, as on a dashboard in use). */
export async function timeRuns(run: () => Promise<unknown>, runs: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  return ms;
}
