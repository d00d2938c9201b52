'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { toast } from 'sonner';
import { ApiError } from './api';

/** A refusal to show: the server's message (already in the user's language) and its per-field messages. */
export type MutationError = { message: string; fields: Record<string, string> };

/**
 * The one way a screen changes something through a route handler: `run` sends the request,
 * `pending` is true while it runs, `error` holds the server's refusal until the next attempt,
 * and a success refreshes the route so the page's server data shows the change.
 *
 * `refresh: false` is for screens that show the answer themselves instead (the desk, uploads);
 * `offline` replaces the browser's own words when the request never reached the server.
 * `done`, given to `run`, is said in a toast once the change went through ("Poster dicabut.").
 */
export function useMutation(options: { refresh?: boolean; offline?: string } = {}) {
  const { refresh = true, offline } = options;
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<MutationError | null>(null);

  /** Resolves to whether the change went through; anything to do with its answer goes in `request`. */
  const run = useCallback(
    async (request: () => Promise<unknown>, done?: string): Promise<boolean> => {
      setPending(true);
      setError(null);
      try {
        await request();
        if (refresh) router.refresh();
        if (done) toast.success(done);
        return true;
      } catch (e) {
        setError(refusal(e, offline));
        return false;
      } finally {
        setPending(false);
      }
    },
    [router, refresh, offline],
  );

  return { run, pending, error };
}

function refusal(e: unknown, offline: string | undefined): MutationError {
  if (e instanceof ApiError) return { message: e.message, fields: e.fields };
  // fetch rejects with a TypeError only when the request did not get an answer at all.
  if (e instanceof TypeError && offline) return { message: offline, fields: {} };
  return { message: e instanceof Error ? e.message : String(e), fields: {} };
}
