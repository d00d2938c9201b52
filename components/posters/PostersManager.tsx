'use client';

import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import type { Dictionary } from '@/lib/i18n/id';

type PosterRow = {
  id: number;
  label: string;
  serviceName: string | null;
  shortCode: string | null;
  issued: string | null;
  revoked: boolean;
  scans: number;
  lastScan: string | null;
};

export function PostersManager(props: {
  unitId: number;
  canManage: boolean;
  posters: PosterRow[];
  services: { id: number; name: string }[];
  t: Dictionary['posters'];
}) {
  const { t, unitId, canManage } = props;
  const { run, error } = useMutation();
  const api = `/api/units/${unitId}/posters`;

  async function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const service = String(form.get('serviceId') ?? '');
    await run(async () => {
      await sendJson(api, 'POST', { label: form.get('label'), serviceId: service ? Number(service) : null });
      formEl.reset();
    });
  }

  const active = props.posters.filter((p) => !p.revoked);
  return (
    <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="font-semibold">{t.title}</h2>
        {active.length > 0 && (
          <div className="ml-auto flex gap-3 text-sm">
            <a href={`/u/${unitId}/posters/print?size=A4`}>{t.printAll} (A4)</a>
            <a href={`/u/${unitId}/posters/print?size=A5`}>{t.printAll} (A5)</a>
            <a href={`${api}/all.pdf?size=A4`}>{t.download} PDF</a>
          </div>
        )}
      </div>
      {error && <Notice tone="error">{error.message}</Notice>}
      {props.posters.length === 0 ? (
        <p className="text-sm text-slate-500">{t.none}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1">{t.label}</th>
              <th>{t.service}</th>
              <th>{t.shortCode}</th>
              <th>{t.issued}</th>
              <th>{t.state}</th>
              <th className="pr-3 text-right">{t.scans}</th>
              <th>{t.lastScan}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.posters.map((p) => (
              <tr key={p.id} className={`border-t border-slate-100 align-top ${p.revoked ? 'text-slate-400' : ''}`}>
                <td className="py-1.5 font-medium">{p.label}</td>
                <td>{p.serviceName ?? t.entrance}</td>
                <td className="font-mono">{p.shortCode ?? '—'}</td>
                <td>{p.issued ?? '—'}</td>
                <td>{p.revoked ? t.revoked : t.active}</td>
                <td className="pr-3 text-right tabular-nums">{p.scans.toLocaleString('id-ID')}</td>
                <td>{p.lastScan ?? '—'}</td>
                <td className="space-x-2 text-right whitespace-nowrap">
                  {!p.revoked && (
                    <>
                      <a href={`/u/${unitId}/posters/print?size=A4&poster=${p.id}`}>{t.print} A4</a>
                      <a href={`/u/${unitId}/posters/print?size=A5&poster=${p.id}`}>A5</a>
                      <a href={`${api}/${p.id}/poster.png`} download>
                        PNG
                      </a>
                      <a href={`${api}/${p.id}/qr.png`} download>
                        QR
                      </a>
                      <a href={`${api}/${p.id}/poster.svg`} download>
                        SVG
                      </a>
                      <a href={`${api}/${p.id}/poster.pdf`} download>
                        PDF
                      </a>
                    </>
                  )}
                  {canManage && !p.revoked && (
                    <>
                      <button
                        type="button"
                        className="underline"
                        onClick={() => confirm(t.confirmRotate.replace('{label}', p.label)) && run(() => sendJson(`${api}/${p.id}/rotate`, 'POST'))}
                      >
                        {t.rotate}
                      </button>
                      <button
                        type="button"
                        className="text-red-700 underline"
                        onClick={() => confirm(t.confirmRevoke.replace('{label}', p.label)) && run(() => sendJson(`${api}/${p.id}/revoke`, 'POST'))}
                      >
                        {t.revoke}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && (
        <form onSubmit={onCreate} noValidate className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-4 text-sm">
          <h3 className="w-full font-semibold">{t.add}</h3>
          <label className="flex flex-col gap-1">
            {t.label}
            <input name="label" placeholder={t.labelHint} className="rounded border border-slate-300 p-1.5" />
          </label>
          <label className="flex flex-col gap-1">
            {t.service}
            <select name="serviceId" className="rounded border border-slate-300 p-1.5">
              <option value="">{t.entrance}</option>
              {props.services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded bg-emerald-700 px-3 py-1.5 font-semibold text-white">
            {t.add}
          </button>
        </form>
      )}
    </section>
  );
}
