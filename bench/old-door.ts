import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The last commit whose door is Next's pages and route handlers under app/c/ (same schema as now). */
export const OLD_DOOR_COMMIT = '64e5c07';

export type OldCheckout = { dir: string; seconds: number; remove: () => void };

/** A checkout built by an earlier run's `--keep-old`, reused as it is: no build, nothing removed. */
export function builtOldDoor(dir: string): OldCheckout {
  if (!existsSync(path.join(dir, '.next/BUILD_ID'))) throw new Error(`${dir} holds no build of the old door (run with --keep-old to make one)`);
  return { dir: path.resolve(dir), seconds: 0, remove: () => {} };
}

function run(command: string, args: string[]) {
  const done = spawnSync(command, args, { encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${done.stderr.trim()}`);
}

/**
 * The old door, built for production in a temporary git worktree outside this one (so neither
 * tsc nor eslint sees it) with this worktree's node_modules. Several minutes on a busy 2-core
 * machine: nearly all of it is `next build`.
 */
export function checkOutOldDoor(keep = false): OldCheckout {
  const started = performance.now();
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'pindai-old-door-')), 'app');
  const remove = () => {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'ignore' });
    rmSync(path.dirname(dir), { recursive: true, force: true });
  };
  try {
    run('git', ['worktree', 'add', '--detach', dir, OLD_DOOR_COMMIT]);
    // Hard links, not a symlink: Turbopack resolves nothing outside the project's root, and a
    // symlinked node_modules points outside it. Same disk, so no file is copied.
    run('cp', ['-al', path.resolve('node_modules'), path.join(dir, 'node_modules')]);
    console.log(`old path: next build of ${OLD_DOOR_COMMIT} in ${dir} …`);
    const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error(`next build of ${OLD_DOOR_COMMIT} failed`);
  } catch (error) {
    remove();
    throw error;
  }
  const kept = () => console.log(`old path kept: reuse it with --old-dir ${dir}; remove it with git worktree remove --force ${dir}`);
  return { dir, seconds: (performance.now() - started) / 1000, remove: keep ? kept : remove };
}
