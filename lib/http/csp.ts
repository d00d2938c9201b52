import { createHash } from 'node:crypto';

/** A Content-Security-Policy source that allows exactly this inline script. */
export const scriptSource = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
