'use client';

import { sendJson } from '@/components/ui/api';
import { Button } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import { fillIn } from '@/lib/i18n/format';
import { hoursSummary } from './format';
import { StandardList } from './StandardList';
import type { OfferedTemplateRow, ServicesText } from './types';

/** The templates of the units above, each adopted in one click as a service of this unit. */
export function OfferedTemplates(props: {
  unitId: number;
  canManage: boolean;
  templates: OfferedTemplateRow[];
  t: ServicesText;
}) {
  const { t } = props;
  const { run, pending, error } = useMutation();
  if (props.templates.length === 0) return null;
  const columns: Column<OfferedTemplateRow>[] = [
    {
      accessorKey: 'name',
      header: t.name,
      cell: ({ row: { original: tpl } }) => (
        <>
          <span className="font-medium">{tpl.name}</span>
          <StandardList settings={tpl} t={t} />
        </>
      ),
    },
    { accessorKey: 'owner', header: t.templates.owner },
    {
      id: 'category',
      accessorFn: (tpl) => t.categories[tpl.category],
      header: t.category,
      meta: { className: 'hidden sm:table-cell' },
    },
    {
      id: 'hours',
      header: t.hours,
      enableSorting: false,
      meta: { className: 'hidden md:table-cell', cellClassName: 'text-xs' },
      cell: ({ row: { original: tpl } }) => hoursSummary(tpl.openingHours, t),
    },
    {
      accessorKey: 'dailyCapacity',
      header: t.capacity,
      meta: { className: 'hidden sm:table-cell' },
      cell: ({ getValue }) => getValue<number | null>() ?? t.noLimit,
    },
    {
      id: 'adopt',
      header: () => <span className="sr-only">{t.templates.adopt}</span>,
      enableSorting: false,
      meta: { className: 'text-right' },
      cell: ({ row: { original: tpl } }) =>
        tpl.adopted ? (
          <span className="text-slate-500">{t.templates.adopted}</span>
        ) : (
          props.canManage && (
            <Button
              size="sm"
              disabled={pending}
              onClick={() =>
                run(
                  () =>
                    sendJson(`/api/units/${props.unitId}/services/adopt`, 'POST', {
                      templateId: tpl.id,
                    }),
                  fillIn(t.templates.adoptedDone, { name: tpl.name }),
                )
              }
            >
              {t.templates.adopt}
            </Button>
          )
        ),
    },
  ];
  return (
    <section
      aria-labelledby="offered-templates"
      className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm"
    >
      <h2 id="offered-templates" className="font-semibold">
        {t.templates.offeredTitle}
      </h2>
      <p className="text-sm text-slate-600">{t.templates.offeredIntro}</p>
      {error && <Notice tone="error">{error.message}</Notice>}
      <DataTable
        caption={t.templates.offeredTitle}
        columns={columns}
        data={props.templates}
        search={t.templates.search}
        empty={null}
      />
    </section>
  );
}
