import { readdirSync, readFileSync } from 'node:fs';

/** User and system CPU seconds a process has used (Linux /proc); NaN elsewhere, so it is left out. */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/**
 * CPU seconds of the PostgreSQL backends serving one database (their titles name it), so a run
 * can say where its CPU went; NaN off Linux. Backends that exit between two readings are missed:
 * read it around a load whose pool stays open.
 */
export function databaseCpuSeconds(database: string): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return NaN;
  }
  let seconds = 0;
  for (const pid of pids) {
    let title: string;
    try {
      title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (title.startsWith('postgres:') && title.includes(` ${database} `)) seconds += cpuSeconds(Number(pid)) || 0;
  }
  return seconds;
}

/** This process's own CPU seconds: the load generator's share. */
export const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
