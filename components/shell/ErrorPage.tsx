import Link from 'next/link';
import type { Actor } from '@/lib/auth/permissions';
import type { Dictionary } from '@/lib/i18n/id';
import { AppHeader } from './AppHeader';

/**
 * A 403 or 404 inside the app: a signed-in user keeps the header (the unit search, their
 * account) to find their way on; `inShell` is for one drawn inside a unit's own layout.
 */
export function ErrorPage({
  title,
  body,
  t,
  actor,
  inShell = false,
}: {
  title: string;
  body: string;
  t: Dictionary;
  actor: Actor | null;
  inShell?: boolean;
}) {
  const Heading = inShell ? 'h2' : 'h1';
  const content = (
    <div className="flex max-w-lg flex-col gap-4 py-8">
      <Heading className="text-2xl font-bold">{title}</Heading>
      <p className="text-slate-700">{body}</p>
      <Link href="/">{t.errors.home}</Link>
    </div>
  );
  if (inShell) return content;
  return (
    <>
      {actor && <AppHeader actor={actor} t={t} />}
      <main className="mx-auto max-w-6xl px-4">{content}</main>
    </>
  );
}
