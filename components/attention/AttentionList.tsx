'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { useLiveSnapshot } from '@/components/dashboard/useLiveSnapshot';
import { overviewHref } from '@/components/dashboard/query';
import { hasAlerts, type UnitRef } from '@/lib/attention/rows';
import { clockTime } from '@/lib/attention/words';
import { fillIn, formatNumber, formatPercent } from '@/lib/i18n/format';
import { unitTitle } from '@/lib/tenancy/labels';
import type { Dictionary } from '@/lib/i18n/id';
import type { LiveSnapshot } from '@/lib/stats/dashboard';

/** The unit's "Perlu perhatian" list, kept current by its live stream. */
export function AttentionList(props: {
  unitId: number;
  initial: LiveSnapshot;
  rangeQuery: Record<string, string | undefined>;
  t: Dictionary['attention'];
  kinds: Dictionary['kinds'];
  locale: 'id' | 'en';
}) {
  const { t, locale } = props;
  const { snapshot } = useLiveSnapshot(props.unitId, props.initial);
  const { alerts, holiday } = snapshot.attention;
  const a = t.alerts;
  const when = t.when.today;
  const link = (u: UnitRef) => (
    <Link href={overviewHref(u.id, props.rangeQuery, {})} className="font-medium">
      {unitTitle(u, props)}
    </Link>
  );
  return (
    <section
      aria-labelledby="attention-title"
      className="rounded-lg bg-white p-4 shadow-sm"
      data-testid="attention"
    >
      <h2 id="attention-title" className="mb-2 font-semibold">
        {a.title}
      </h2>
      {holiday && (
        <p className="mb-2 text-sm text-slate-600" data-testid="attention-holiday">
          {a.holiday}
        </p>
      )}
      {!hasAlerts(alerts) ? (
        !holiday && <p className="text-sm text-slate-600">{fillIn(a.none, { when })}</p>
      ) : (
        <div className="grid gap-3 text-sm md:grid-cols-3">
          {alerts.silentCount > 0 && (
            <Group title={a.silent} testId="attention-silent">
              {alerts.silent.map((u) => (
                <li key={u.id}>
                  {link(u)} — {fillIn(a.silentItem, { time: clockTime(u.opensAt, locale) })}
                </li>
              ))}
              {alerts.silentCount > alerts.silent.length && (
                <li className="text-slate-600">
                  {fillIn(a.more, {
                    n: formatNumber(alerts.silentCount - alerts.silent.length, locale),
                  })}
                </li>
              )}
            </Group>
          )}
          {alerts.closedScans.length > 0 && (
            <Group title={fillIn(a.closed, { when })} testId="attention-closed">
              {alerts.closedScans.map((u) => (
                <li key={u.id}>
                  {link(u)} — {fillIn(a.closedItem, { n: formatNumber(u.n, locale) })}
                </li>
              ))}
            </Group>
          )}
          {alerts.refusalJumps.length > 0 && (
            <Group title={a.jump} testId="attention-jumps">
              {alerts.refusalJumps.map((u) => (
                <li key={u.id}>
                  {link(u)} —{' '}
                  {fillIn(a.jumpItem, {
                    share: formatPercent(u.share, locale),
                    before: formatPercent(u.before, locale),
                    when,
                  })}
                </li>
              ))}
            </Group>
          )}
        </div>
      )}
    </section>
  );
}

function Group(props: { title: string; testId: string; children: ReactNode }) {
  return (
    <div className="rounded bg-amber-50 p-3" data-testid={props.testId}>
      <h3 className="mb-1 font-medium text-amber-900">{props.title}</h3>
      <ul className="grid gap-1">{props.children}</ul>
    </div>
  );
}
