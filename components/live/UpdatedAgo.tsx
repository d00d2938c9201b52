'use client';

import { useEffect, useState } from 'react';
import { fillIn } from '@/lib/i18n/format';

export type UpdatedAgoWords = {
  updatedNow: string;
  updatedSeconds: string;
  updatedMinutes: string;
};

/**
 * "diperbarui 12 detik lalu": the age of what a panel shows, for a panel that is not following
 * the live stream right now. Counted in the browser, so it is drawn once mounted (the server's
 * clock and the browser's would disagree on the first render).
 */
export function UpdatedAgo({ at, t }: { at: number; t: UpdatedAgoWords }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  if (now === null) return null;
  const seconds = Math.max(0, Math.floor((now - at) / 1000));
  const text =
    seconds < 5
      ? t.updatedNow
      : seconds < 60
        ? fillIn(t.updatedSeconds, { n: seconds })
        : fillIn(t.updatedMinutes, { n: Math.floor(seconds / 60) });
  return (
    <span className="text-xs font-normal text-slate-500" data-testid="updated-ago">
      {text}
    </span>
  );
}
