import Link from 'next/link';
import type { Actor } from '@/lib/auth/permissions';
import { getLocale } from '@/lib/i18n';
import type { Dictionary } from '@/lib/i18n/id';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoutButton } from './LogoutButton';
import { UnitSwitcher } from './UnitSwitcher';

export async function AppHeader({ actor, t }: { actor: Actor; t: Dictionary }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-emerald-800">
          Pindai
        </Link>
        <UnitSwitcher t={t.shell} kinds={t.kinds} />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span title={actor.email}>{actor.name}</span>
          {actor.isSuperadmin && (
            <Link href="/sistem/tugas" className="underline">
              {t.shell.jobs}
            </Link>
          )}
          <Link href="/akun/kata-sandi" className="underline">
            {t.shell.changePassword}
          </Link>
          <LanguageSwitch label={t.shell.language} locale={await getLocale()} />
          <LogoutButton label={t.shell.logout} />
        </div>
      </div>
    </header>
  );
}
