'use client';

import { sendJson } from '@/components/ui/api';
import { Button } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/Notice';
import { ActionMenu, type MenuAction } from '@/components/ui/row-actions';
import { useMutation } from '@/components/ui/use-mutation';
import { useUiText } from '@/components/ui/ui-text';
import { fillIn, formatNumber } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';

type PosterRow = {
  id: number;
  label: string;
  serviceName: string | null;
  shortCode: string | null;
  issued: string | null;
  /** ISO, for sorting. */
  issuedAt: string;
  revoked: boolean;
  scans: number;
  lastScan: string | null;
  lastScanAt: string;
  /** The code as an SVG data URI; null once revoked. */
  qr: string | null;
};

export function PostersManager(props: {
  unitId: number;
  canManage: boolean;
  hasUnitsBelow: boolean;
  posters: PosterRow[];
  services: { id: number; name: string }[];
  t: Dictionary['posters'];
}) {
  const { t, unitId, canManage } = props;
  const { run, error } = useMutation();
  const ui = useUiText();
  const api = `/api/units/${unitId}/posters`;
  const print = `/u/${unitId}/posters/print`;

  async function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const service = String(form.get('serviceId') ?? '');
    const label = String(form.get('label') ?? '');
    await run(
      async () => {
        await sendJson(api, 'POST', { label, serviceId: service ? Number(service) : null });
        formEl.reset();
      },
      fillIn(t.created, { label }),
    );
  }

  const downloads = (p: PosterRow): MenuAction[] => [
    { label: `${t.print} A4`, href: `${print}?size=A4&poster=${p.id}` },
    { label: `${t.print} A5`, href: `${print}?size=A5&poster=${p.id}` },
    'separator',
    { label: 'PDF A4', href: `${api}/${p.id}/poster.pdf?size=A4`, download: true },
    { label: 'PDF A5', href: `${api}/${p.id}/poster.pdf?size=A5`, download: true },
    { label: 'PNG A4', href: `${api}/${p.id}/poster.png?size=A4`, download: true },
    { label: 'SVG A4', href: `${api}/${p.id}/poster.svg?size=A4`, download: true },
    { label: t.qrOnly, href: `${api}/${p.id}/qr.png`, download: true },
  ];
  const changes = (p: PosterRow): MenuAction[] => [
    {
      label: t.rotate,
      confirm: {
        title: fillIn(t.rotateTitle, { label: p.label }),
        body: t.rotateBody,
        action: t.rotate,
      },
      onSelect: () =>
        void run(
          () => sendJson(`${api}/${p.id}/rotate`, 'POST'),
          fillIn(t.rotated, { label: p.label }),
        ),
    },
    {
      label: t.revoke,
      confirm: {
        title: fillIn(t.revokeTitle, { label: p.label }),
        body: t.revokeBody,
        action: t.revoke,
      },
      onSelect: () =>
        void run(
          () => sendJson(`${api}/${p.id}/revoke`, 'POST'),
          fillIn(t.revokedDone, { label: p.label }),
        ),
    },
  ];

  const columns: Column<PosterRow>[] = [
    {
      id: 'qr',
      header: () => <span className="sr-only">QR</span>,
      enableSorting: false,
      meta: { className: 'hidden sm:table-cell' },
      cell: ({ row }) =>
        row.original.qr ? (
          // eslint-disable-next-line @next/next/no-img-element -- an inline data URI, nothing to optimise
          <img
            src={row.original.qr}
            alt={fillIn(t.qrAlt, { label: row.original.label })}
            width={48}
            height={48}
            className="h-12 w-12"
          />
        ) : null,
    },
    {
      accessorKey: 'label',
      header: t.label,
      cell: ({ row }) => (
        <>
          <span className="font-medium">{row.original.label}</span>
          <span className="block text-xs text-slate-500 sm:hidden">
            {row.original.serviceName ?? t.entrance} · {row.original.revoked ? t.revoked : t.active}
          </span>
        </>
      ),
    },
    {
      id: 'service',
      accessorFn: (p) => p.serviceName ?? t.entrance,
      header: t.service,
      filterFn: 'equalsString',
      meta: { className: 'hidden sm:table-cell' },
    },
    {
      accessorKey: 'shortCode',
      header: t.shortCode,
      meta: { className: 'whitespace-nowrap', cellClassName: 'font-mono' },
      cell: ({ getValue }) => getValue<string | null>() ?? '—',
    },
    {
      accessorKey: 'issuedAt',
      header: t.issued,
      meta: { className: 'hidden md:table-cell' },
      cell: ({ row }) => row.original.issued ?? '—',
    },
    {
      id: 'state',
      accessorFn: (p) => (p.revoked ? 'revoked' : 'active'),
      header: t.state,
      filterFn: 'equalsString',
      meta: { className: 'hidden sm:table-cell' },
      cell: ({ row }) => (row.original.revoked ? t.revoked : t.active),
    },
    {
      accessorKey: 'scans',
      header: t.scans,
      meta: { className: 'hidden text-right tabular-nums sm:table-cell' },
      cell: ({ getValue }) => formatNumber(getValue<number>()),
    },
    {
      accessorKey: 'lastScanAt',
      header: t.lastScan,
      meta: { className: 'hidden lg:table-cell' },
      cell: ({ row }) => row.original.lastScan ?? '—',
    },
    {
      id: 'actions',
      header: () => <span className="sr-only">{ui.actions}</span>,
      enableSorting: false,
      meta: { className: 'text-right whitespace-nowrap' },
      cell: ({ row }) =>
        row.original.revoked ? null : (
          <span className="inline-flex gap-1">
            <ActionMenu
              label={fillIn(t.downloadFor, { label: row.original.label })}
              trigger={t.download}
              actions={downloads(row.original)}
              variant="outline"
            />
            {canManage && (
              <ActionMenu
                label={fillIn(ui.actionsFor, { name: row.original.label })}
                actions={changes(row.original)}
              />
            )}
          </span>
        ),
    },
  ];

  const active = props.posters.filter((p) => !p.revoked);
  const printAll: MenuAction[] = [
    { label: `${t.printAll} (A4)`, href: `${print}?size=A4` },
    { label: `${t.printAll} (A5)`, href: `${print}?size=A5` },
    { label: `${t.download} PDF A4`, href: `${api}/all.pdf?size=A4`, download: true },
    { label: `${t.download} PDF A5`, href: `${api}/all.pdf?size=A5`, download: true },
  ];
  const printBelow: MenuAction[] = [
    { label: `${t.belowPdf} (A4)`, href: `${api}/below.pdf?size=A4`, download: true },
    { label: `${t.belowPdf} (A5)`, href: `${api}/below.pdf?size=A5`, download: true },
  ];
  return (
    <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="font-semibold">{t.title}</h2>
        <div className="ml-auto flex flex-wrap gap-2">
          {active.length > 0 && (
            <ActionMenu
              label={t.printAll}
              trigger={t.printAll}
              actions={printAll}
              variant="outline"
            />
          )}
          {props.hasUnitsBelow && (
            <ActionMenu label={t.below} trigger={t.below} actions={printBelow} variant="outline" />
          )}
        </div>
      </div>
      {error && <Notice tone="error">{error.message}</Notice>}
      <DataTable
        caption={t.title}
        columns={columns}
        data={props.posters}
        search={t.searchPosters}
        filters={[
          {
            column: 'state',
            label: t.state,
            options: [
              { value: 'active', label: t.active },
              { value: 'revoked', label: t.revoked },
            ],
          },
          {
            column: 'service',
            label: t.service,
            options: [t.entrance, ...props.services.map((s) => s.name)].map((name) => ({
              value: name,
              label: name,
            })),
          },
        ]}
        rowProps={(p) => ({ className: p.revoked ? 'text-slate-400' : undefined })}
        empty={<p>{canManage ? t.none : t.noneReadOnly}</p>}
        testId="posters-table"
      />
      {canManage && (
        <form
          onSubmit={onCreate}
          noValidate
          className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-4 text-sm"
        >
          <h3 className="w-full font-semibold">{t.add}</h3>
          <label className="flex min-w-0 flex-col gap-1">
            {t.label}
            <input
              name="label"
              placeholder={t.labelHint}
              className="rounded border border-slate-300 p-1.5"
            />
          </label>
          <label className="flex min-w-0 flex-col gap-1">
            {t.service}
            <select name="serviceId" className="max-w-full rounded border border-slate-300 p-1.5">
              <option value="">{t.entrance}</option>
              {props.services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="primary">
            {t.add}
          </Button>
        </form>
      )}
    </section>
  );
}
