import Link from 'next/link';
import { AddChildUnitForm } from '@/components/units/AddChildUnitForm';
import { can, rolesOn } from '@/lib/auth/permissions';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';
import { timeZoneAbbreviation, type UnitTimeZone } from '@/lib/tenancy/time-zones';
import { children } from '@/lib/tenancy/units';

export default async function UnitPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const { db, actor, unit } = await requireUnit(unitId, 'unit.view', `/u/${unitId}`);
  const t = await getDictionary();
  const below = await children(db, unit);
  const roles = actor.isSuperadmin ? ['superadmin' as const] : rolesOn(actor, unit);
  return (
    <div className="grid gap-6 md:grid-cols-3">
      <section className="rounded-lg bg-white p-4 shadow-sm md:col-span-1">
        <dl className="grid gap-2 text-sm">
          <dt className="text-slate-500">{t.kinds[unit.kind]}</dt>
          <dd className="font-medium">{unit.name}</dd>
          {unit.code && (
            <>
              <dt className="text-slate-500">{t.unit.code}</dt>
              <dd className="font-mono">{unit.code}</dd>
            </>
          )}
          <dt className="text-slate-500">{t.unit.timeZone}</dt>
          <dd>
            {timeZoneAbbreviation[unit.timeZone as UnitTimeZone] ?? unit.timeZone} ({unit.timeZone})
          </dd>
          <dt className="text-slate-500">{t.unit.yourRoles}</dt>
          <dd>{roles.map((r) => t.roles[r]).join(', ')}</dd>
        </dl>
      </section>
      <section className="rounded-lg bg-white p-4 shadow-sm md:col-span-2">
        <h2 className="mb-3 font-semibold">
          {t.unit.children} ({below.length})
        </h2>
        {below.length === 0 ? (
          <p className="text-sm text-slate-500">{t.unit.noChildren}</p>
        ) : (
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {below.map((c) => (
              <li key={c.id}>
                <Link href={`/u/${c.id}`}>{c.name}</Link>{' '}
                <span className="text-slate-500">
                  {t.kinds[c.kind]}
                  {c.code ? ` · ${c.code}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        {can(actor, 'units.manage', unit) && unit.kind !== 'venue' && (
          <AddChildUnitForm unitId={unit.id} t={t.unit} kinds={t.kinds} />
        )}
      </section>
    </div>
  );
}
