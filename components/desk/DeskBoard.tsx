'use client';

import { useState } from 'react';
import { useLiveStream } from '@/components/live/use-live-stream';
import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import type { Dictionary } from '@/lib/i18n/id';
import { colours, type Status } from '@/lib/services/vocabulary';
import { type DeskQueueRow, QueueDesk } from './QueueDesk';

export type DeskEntry = {
  id: number;
  time: string;
  kind: 'in' | 'out';
  status: Status;
  admitted: boolean;
  channel: 'qr' | 'desk' | 'api' | 'import';
  service: string | null;
  poster: string | null;
};
export type DeskLoadRow = { serviceId: number; name: string; capacity: number | null; checkins: number; admitted: number };
export type DeskData = { log: DeskEntry[]; load: DeskLoadRow[]; queues: DeskQueueRow[] };

const statusClass: Record<Status, string> = {
  hijau: 'bg-green-700 text-white',
  kuning: 'bg-yellow-300 text-black',
  merah: 'bg-red-700 text-white',
  hitam: 'bg-black text-white',
  tidak_tercatat: 'border border-slate-400 bg-white text-slate-900',
};

/**
 * The counter's screen: today's queues, load per service, the manual check-in, and the live log.
 * It refetches its data whenever the unit's live stream reports a change, and on every
 * reconnect, so a desk that lost its stream catches up when it is back.
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
  // The desk shows its own answer and log, so a success refetches them instead of the route.
  const { run, error } = useMutation({ refresh: false });
  const api = `/api/units/${unitId}/desk/checkins`;

  async function refresh() {
    const res = await fetch(api);
    if (res.ok) setData(await res.json());
  }

  const live = useLiveStream(unitId, () => void refresh());

  async function onManual(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const service = String(form.get('serviceId') ?? '');
    setRecorded(null);
    await run(async () => {
      const { checkin } = await sendJson<{ checkin: { status: DeskEntry['status']; admitted: boolean; ticket: string | null } }>(api, 'POST', {
        serviceId: service ? Number(service) : null,
        status: form.get('status'),
      });
      const decision = checkin.admitted ? t.admitted : t.notAdmitted;
      const said = t.recorded.replace('{status}', statusNames[checkin.status]).replace('{decision}', decision);
      setRecorded(checkin.ticket ? `${said} ${props.queueText.ticket.replace('{number}', checkin.ticket)}` : said);
      await refresh();
    });
  }

  return (
    <div className="grid gap-4 md:grid-cols-2">
      {data.queues.length > 0 && <QueueDesk unitId={unitId} queues={data.queues} t={props.queueText} onChanged={refresh} />}
      <section className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm">
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
              <label key={s} className={`flex items-center gap-2 rounded px-3 py-2 font-medium ${statusClass[s]}`}>
                <input type="radio" name="status" value={s} required />
                {statusNames[s]}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="self-start rounded bg-emerald-700 px-4 py-2 font-medium text-white">
            {t.record}
          </button>
          {error ? <Notice tone="error">{error.message}</Notice> : recorded && <Notice tone="done">{recorded}</Notice>}
        </form>
      </section>
      <section className="rounded-lg bg-white p-4 shadow-sm">
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
                <td className="py-1.5">{s.name}</td>
                <td className="text-right tabular-nums">{s.checkins.toLocaleString('id-ID')}</td>
                <td className="text-right">
                  {s.capacity === null ? t.noCapacity : s.capacity.toLocaleString('id-ID')}
                  {s.capacity !== null && s.checkins >= s.capacity && <span className="ml-2 font-medium text-red-700">{t.full}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="rounded-lg bg-white p-4 shadow-sm md:col-span-2">
        <h2 className="mb-2 flex items-center gap-3 font-semibold">
          {t.log}
          <span role="status" className={`text-xs font-normal ${live ? 'text-emerald-700' : 'text-slate-500'}`}>
            {live ? `● ${t.live}` : `○ ${t.offline}`}
          </span>
        </h2>
        {data.log.length === 0 ? (
          <p className="text-sm text-slate-500">{t.noLog}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-1">{t.time}</th>
                <th>{t.service}</th>
                <th>{t.poster}</th>
                <th>{t.kind}</th>
                <th>{t.status}</th>
                <th>{t.decision}</th>
                <th>{t.channel}</th>
              </tr>
            </thead>
            <tbody>
              {data.log.map((e) => (
                <tr key={e.id} className="border-t border-slate-100">
                  <td className="py-1 tabular-nums">{e.time}</td>
                  <td>{e.service ?? t.entrance}</td>
                  <td>{e.poster ?? '—'}</td>
                  <td>{t.kinds[e.kind]}</td>
                  <td>
                    <span className={`rounded px-2 py-0.5 text-xs font-medium ${statusClass[e.status]}`}>{statusNames[e.status]}</span>
                  </td>
                  <td>{e.kind === 'in' ? (e.admitted ? t.admitted : t.notAdmitted) : '—'}</td>
                  <td>{t.channels[e.channel]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
