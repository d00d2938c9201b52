'use client';

import { signOut } from 'next-auth/react';
import { SEEN_COOKIE } from '@/lib/cookie-names';

export function LogoutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
      onClick={() => {
        document.cookie = `${SEEN_COOKIE}=; path=/; max-age=0; samesite=lax`;
        void signOut({ callbackUrl: '/login?reason=logout' });
      }}
    >
      {label}
    </button>
  );
}
