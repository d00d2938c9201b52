import { AuditTable } from '@/components/audit/AuditTable';
import { Button } from '@/components/ui/button';
import { describeChange } from '@/lib/audit/describe';
import { AUDIT_PAGE, auditFilter } from '@/lib/audit/filter';
import { countAudit, listAudit } from '@/lib/audit/log';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary, getLocale } from '@/lib/i18n';
import { fillIn, formatDateTime, formatNumber } from '@/lib/i18n/format';
import { unitTitle } from '@/lib/tenancy/labels';
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
  const [t, locale] = await Promise.all([getDictionary(), getLocale()]);
  const w = t.auditWords;
  const filter = auditFilter(firstValues(await searchParams), ctx.unit.timeZone);
  const query = { ...filter.query, order: filter.values.order, page: filter.page, limit: AUDIT_PAGE };
  const [entries, total] = await Promise.all([listAudit(ctx, query), countAudit(ctx, filter.query)]);
  const field = 'flex min-w-0 flex-col gap-1';
  const input = 'rounded border border-slate-300 p-1.5';
  return (
    <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm">
      <h2 className="font-semibold">{t.audit.title}</h2>
      <p className="text-sm text-slate-600">{w.subtree}</p>
      <form className="flex flex-wrap items-end gap-2 text-sm">
        <label className={field}>
          {t.audit.action}
          <select name="action" defaultValue={filter.values.action} className={`${input} max-w-full`}>
            <option value="">{t.audit.allActions}</option>
            {filter.actions.map((a) => (
              <option key={a} value={a}>
                {w.actions[a] ?? a}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          {t.audit.from}
          <input type="date" name="from" defaultValue={filter.values.from} className={input} />
        </label>
        <label className={field}>
          {t.audit.to}
          <input type="date" name="to" defaultValue={filter.values.to} className={input} />
        </label>
        <label className={field}>
          {w.order}
          <select name="order" defaultValue={filter.values.order} className={input}>
            <option value="desc">{w.newestFirst}</option>
            <option value="asc">{w.oldestFirst}</option>
          </select>
        </label>
        <Button type="submit">{t.audit.filter}</Button>
        <span className="ml-auto text-slate-600">{fillIn(w.count, { total: formatNumber(total, locale) })}</span>
      </form>
      <AuditTable
        entries={entries.map((e) => ({
          id: e.id,
          when: formatDateTime(e.at, ctx.unit.timeZone, locale),
          who: e.actorName ?? '—',
          action: w.actions[e.action] ?? e.action,
          key: e.action,
          unit: e.unit.id === ctx.unit.id ? null : unitTitle(e.unit, t),
          lines: describeChange(e.before, e.after, t),
        }))}
        query={Object.fromEntries(Object.entries(filter.values).filter(([, v]) => v !== ''))}
        page={filter.page}
        pages={Math.max(1, Math.ceil(total / AUDIT_PAGE))}
        order={filter.values.order}
        t={t.audit}
        none={t.auditWords.none}
      />
    </section>
  );
}
