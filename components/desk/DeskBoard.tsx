'use client';

import { useRef, useState } from 'react';
import { useLiveStream } from '@/components/live/use-live-stream';
import { sendJson } from '@/components/ui/api';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import { fillIn, formatNumber } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import { colours } from '@/lib/services/vocabulary';
import { DeskLog } from './DeskLog';
import { QueueDesk } from './QueueDesk';
import { type DeskData, type DeskEntry, type LogFilter, statusClass } from './types';

/**
 * The counter's screen: today's queues, load per service, the manual check-in, and the live
 * log, one filtered page at a time. It refetches the page it shows whenever the unit's live stream
 * reports a change, and on every reconnect, so a desk that lost its stream catches up.
 */
export function DeskBoard(props: {
  unitId: number;
  initial: DeskData;
  t: Dictionary['desk'];
  queueText: Dictionary['queue']['desk'];
  statusNames: Dictionary['statuses'];
}) {
  const { t, unitId, statusNames } = props;
  const [data, setData] = useState(props.initial);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [filter, setFilter] = useState<LogFilter>({ outcome: '', service: '', page: 1 });
  // Counts requests, so the answer to an older filter never overwrites a newer one.
  const latest = useRef(0);
  // The desk shows its own answer and log, so a success refetches them instead of the route.
  const { run, error } = useMutation({ refresh: false });
  const api = `/api/units/${unitId}/desk/checkins`;

  async function load(next: LogFilter = filter) {
    setFilter(next);
    const request = ++latest.current;
    const query = new URLSearchParams({ page: String(next.page) });
    if (next.outcome) query.set('outcome', next.outcome);
    if (next.service) query.set('service', next.service);
    const res = await fetch(`${api}?${query}`);
    if (res.ok && request === latest.current) setData(await res.json());
  }

  const live = useLiveStream(unitId, () => void load());
  // After the desk's own change: the live stream reports it and reloads; without one, reload here.
  const reload = async () => {
    if (!live) await load();
  };

  async function onManual(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const service = String(form.get('serviceId') ?? '');
    setRecorded(null);
    await run(async () => {
      const { checkin } = await sendJson<{
        checkin: { status: DeskEntry['status']; admitted: boolean; ticket: string | null };
      }>(api, 'POST', {
        serviceId: service ? Number(service) : null,
        status: form.get('status'),
      });
      const decision = checkin.admitted ? t.admitted : t.notAdmitted;
      const said = fillIn(t.recorded, { status: statusNames[checkin.status], decision });
      setRecorded(
        checkin.ticket
          ? `${said} ${fillIn(props.queueText.ticket, { number: checkin.ticket })}`
          : said,
      );
      await reload();
    });
  }

  return (
    <div className="grid gap-4 md:grid-cols-2">
      {data.queues.length > 0 && (
        <QueueDesk
          unitId={unitId}
          queues={data.queues}
          t={props.queueText}
          onChanged={reload}
        />
      )}
      <section className="flex min-w-0 flex-col gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 className="font-semibold">{t.manual}</h2>
        <p className="text-sm text-slate-600">{t.manualHint}</p>
        <form onSubmit={onManual} className="flex flex-col gap-3 text-sm">
          <label className="flex flex-col gap-1">
            {t.service}
            <select name="serviceId" className="rounded border border-slate-300 p-2">
              <option value="">{t.entrance}</option>
              {data.load.map((s) => (
                <option key={s.serviceId} value={s.serviceId}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="flex flex-wrap gap-2">
            <legend className="mb-1">{t.status}</legend>
            {colours.map((s) => (
              <label
                key={s}
                className={`flex items-center gap-2 rounded px-3 py-2 font-medium ${statusClass[s]}`}
              >
                <input type="radio" name="status" value={s} required />
                {statusNames[s]}
              </label>
            ))}
          </fieldset>
          <Button type="submit" variant="primary" size="lg" className="self-start">
            {t.record}
          </Button>
          {error ? (
            <Notice tone="error">{error.message}</Notice>
          ) : (
            recorded && <Notice tone="done">{recorded}</Notice>
          )}
        </form>
      </section>
      <section className="min-w-0 rounded-lg bg-white p-4 shadow-sm">
        <h2 className="mb-2 font-semibold">{t.load}</h2>
        <table className="w-full text-left text-sm">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1">{t.service}</th>
              <th className="text-right">{t.checkins}</th>
              <th className="text-right">{t.capacity}</th>
            </tr>
          </thead>
          <tbody>
            {data.load.map((s) => (
              <tr key={s.serviceId} className="border-t border-slate-100">
                <td className="py-1.5 break-words">{s.name}</td>
                <td className="text-right tabular-nums">{formatNumber(s.checkins)}</td>
                <td className="text-right">
                  {s.capacity === null ? t.noCapacity : formatNumber(s.capacity)}
                  {s.capacity !== null && s.checkins >= s.capacity && (
                    <span className="ml-2 font-medium text-red-700">{t.full}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <DeskLog
        log={data.log}
        services={data.load.map((s) => ({ id: s.serviceId, name: s.name }))}
        live={live}
        onFilter={(next) => void load(next)}
        filter={filter}
        t={t}
        statusNames={statusNames}
      />
    </div>
  );
}
