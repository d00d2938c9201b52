import type { FastPath } from '@/lib/door/fast-path';

declare global {
  /** Set by instrumentation.ts inside Next's bundle, read by scripts/server.ts. */
  var pindaiFastPath: FastPath | undefined;
}
