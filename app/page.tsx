import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AppHeader } from '@/components/shell/AppHeader';
import { requireActor } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';
import { homeUnits, roleHome } from '@/lib/tenancy/home';

export default async function Home() {
  const actor = await requireActor('/');
  const t = await getDictionary();
  const mine = await homeUnits(actor);
  if (mine.length === 1) redirect(roleHome(mine[0]!.id, mine[0]!.role));
  return (
    <>
      <AppHeader actor={actor} t={t} />
      <main className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="mb-4 text-2xl font-bold">{t.shell.myUnits}</h1>
        {mine.length === 0 ? (
          <p className="text-slate-600">{t.errors.noRoles}</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2 md:grid-cols-3">
            {mine.map((u) => (
              <li key={u.id} className="rounded bg-white p-3 shadow-sm">
                <Link href={roleHome(u.id, u.role)} className="font-medium">
                  {u.name}
                </Link>
                <div className="text-sm text-slate-500">
                  {t.kinds[u.kind]}
                  {u.role ? ` · ${t.roles[u.role]}` : ''}
                </div>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
