import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

export class DataFolderInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is already open in process ${pid}. ` +
        'Only one process may use it: stop that process, or set DATABASE_URL to use a PostgreSQL server.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Two processes opening one PGlite folder corrupt it: hold a pid lock file while open. */
function lockFolder(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, 'pindai.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) throw new DataFolderInUseError(dir, pid);
      rmSync(lock, { force: true }); // left by a process that died
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

export async function openPglite(dataDir: string | null) {
  const release = dataDir ? lockFolder(path.resolve(dataDir)) : () => {};
  try {
    const client = await PGlite.create({
      dataDir: dataDir ? path.resolve(dataDir, 'pgdata') : undefined,
      extensions: { pg_trgm },
    });
    return { client, release };
  } catch (e) {
    release();
    throw e;
  }
}
