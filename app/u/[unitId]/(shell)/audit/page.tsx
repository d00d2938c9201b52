import { listAudit } from '@/lib/audit/log';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary, getLocale } from '@/lib/i18n';
import { formatDateTime } from '@/lib/i18n/format';
import { auditFilter } from '@/lib/audit/filter';
import { firstValues } from '@/lib/validation';

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'audit.view', `/u/${unitId}/audit`);
  const t = await getDictionary();
  const locale = await getLocale();
  const filter = auditFilter(firstValues(await searchParams), ctx.unit.timeZone);
  const entries = await listAudit(ctx, filter.query);
  return (
    <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm">
      <h2 className="font-semibold">{t.audit.title}</h2>
      <form className="flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col gap-1">
          {t.audit.action}
          <select name="action" defaultValue={filter.values.action} className="rounded border border-slate-300 p-1.5">
            <option value="">{t.audit.allActions}</option>
            {filter.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t.audit.from}
          <input type="date" name="from" defaultValue={filter.values.from} className="rounded border border-slate-300 p-1.5" />
        </label>
        <label className="flex flex-col gap-1">
          {t.audit.to}
          <input type="date" name="to" defaultValue={filter.values.to} className="rounded border border-slate-300 p-1.5" />
        </label>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1.5">
          {t.audit.filter}
        </button>
      </form>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">{t.audit.none}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1">{t.audit.when}</th>
              <th>{t.audit.who}</th>
              <th>{t.audit.action}</th>
              <th>{t.audit.change}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-t border-slate-100 align-top">
                <td className="py-1.5 whitespace-nowrap">{formatDateTime(e.at, ctx.unit.timeZone, locale)}</td>
                <td>{e.actorName ?? '—'}</td>
                <td className="font-mono">{e.action}</td>
                <td className="font-mono text-xs break-all">
                  {e.before != null && <div>− {JSON.stringify(e.before)}</div>}
                  {e.after != null && <div>+ {JSON.stringify(e.after)}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
