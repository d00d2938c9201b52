import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '@/lib/db/client';
import { DataFolderInUseError } from '@/lib/db/pglite';

const dir = mkdtempSync(path.join(tmpdir(), 'pindai-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('refuses to open an embedded data folder that another process holds, and opens it once freed', async () => {
  // Another process opens the folder and keeps it until its stdin closes.
  const holder = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'tests/support/hold-embedded.ts', dir],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.on('data', (b: Buffer) => b.toString().includes('open') && resolve());
    holder.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });

  const error = await openDb({ dataDir: dir }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataFolderInUseError);
  expect((error as Error).message).toMatch(/already open in process \d+/);
  expect((error as Error).message).toContain('DATABASE_URL');

  holder.stdin!.end();
  await new Promise((resolve) => holder.on('exit', resolve));
  const handle = await openDb({ dataDir: dir });
  await handle.close();
}, 120_000);
