import { AddChildUnitForm } from '@/components/units/AddChildUnitForm';
import type { Dictionary } from '@/lib/i18n/id';
import { timeZoneAbbreviation, type UnitTimeZone } from '@/lib/tenancy/time-zones';
import type { UnitKind } from '@/lib/tenancy/vocabulary';

/** The unit's own facts and, for its admins, the form that adds an agency or venue below it. */
export function UnitDetails(props: {
  unit: { id: number; name: string; kind: UnitKind; code: string | null; timeZone: string };
  roles: string[];
  canAddChild: boolean;
  t: Dictionary;
}) {
  const { unit, t } = props;
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm">
      <h2 className="mb-2 font-semibold">{t.dashboard.about}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
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
        <dd>{props.roles.join(', ')}</dd>
      </dl>
      {props.canAddChild && <AddChildUnitForm unitId={unit.id} t={t.unit} kinds={t.kinds} />}
    </section>
  );
}
