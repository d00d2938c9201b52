import Link from 'next/link';
import type { Actor } from '@/lib/auth/permissions';
import { getLocale } from '@/lib/i18n';
import type { Dictionary } from '@/lib/i18n/id';
import { AccountMenu } from './AccountMenu';
import { UnitSwitcher } from './UnitSwitcher';

/** Every signed-in page's top: home, the unit search (its own row on a phone) and the account menu. */
export async function AppHeader({ actor, t }: { actor: Actor; t: Dictionary }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-emerald-800">
          Pindai
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
          <UnitSwitcher t={t.shell} kinds={t.kinds} />
        </div>
        <div className="ml-auto">
          <AccountMenu
            name={actor.name}
            email={actor.email}
            superadmin={actor.isSuperadmin}
            locale={await getLocale()}
            t={t.shell}
            label={t.ui.account}
          />
        </div>
      </div>
    </header>
  );
}
