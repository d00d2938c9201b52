'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import { fillIn } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { TicketAction } from '@/lib/queue/vocabulary';

type Ticket = { id: number; label: string };
export type DeskQueueRow = {
  serviceId: number;
  letter: string;
  name: string;
  current: string | null;
  waiting: number;
  served: number;
  called: Ticket[];
  skipped: Ticket[];
};

/**
 * The counter's queues: call the next number of a service, then recall, skip or finish each
 * number called; a skipped number stays listed to be called again. Every change refreshes the
 * desk through `onChanged`, and reaches the display and the visitors' pages through the live stream.
 */
export function QueueDesk(props: {
  unitId: number;
  queues: DeskQueueRow[];
  t: Dictionary['queue']['desk'];
  onChanged: () => Promise<void>;
}) {
  const { t, queues, onChanged } = props;
  const { run, pending, error } = useMutation({ refresh: false });
  const [said, setSaid] = useState<string | null>(null);
  const api = `/api/units/${props.unitId}/queue`;

  async function next(serviceId: number) {
    setSaid(null);
    await run(async () => {
      const { ticket } = await sendJson<{ ticket: Ticket | null }>(`${api}/next`, 'POST', {
        serviceId,
      });
      setSaid(ticket ? fillIn(t.calledNow, { number: ticket.label }) : t.nobody);
      await onChanged();
    });
  }

  async function act(ticket: Ticket, action: TicketAction) {
    setSaid(null);
    await run(async () => {
      await sendJson(`${api}/tickets/${ticket.id}`, 'POST', { action });
      if (action === 'recall') setSaid(fillIn(t.calledNow, { number: ticket.label }));
      await onChanged();
    });
  }

  return (
    <section
      className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm md:col-span-2"
      aria-labelledby="queue-title"
      data-testid="queue-desk"
    >
      <h2 id="queue-title" className="font-semibold">
        {t.title}
      </h2>
      {error ? (
        <Notice tone="error">{error.message}</Notice>
      ) : (
        said && <Notice tone="done">{said}</Notice>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        {queues.map((q) => (
          <article
            key={q.serviceId}
            className="flex flex-col gap-2 rounded border border-slate-200 p-3 text-sm"
            aria-label={`${q.letter} ${q.name}`}
          >
            <h3 className="font-semibold">
              <span className="mr-2 rounded bg-emerald-700 px-2 py-0.5 text-white">{q.letter}</span>
              {q.name}
            </h3>
            <p className="flex flex-wrap gap-x-4 text-slate-600">
              <span>
                {t.current}:{' '}
                <b className="text-lg text-slate-900 tabular-nums">{q.current ?? '–'}</b>
              </span>
              <span>
                {t.waiting}: <b className="tabular-nums">{q.waiting}</b>
              </span>
              <span>
                {t.served}: <b className="tabular-nums">{q.served}</b>
              </span>
            </p>
            <Button
              variant="primary"
              disabled={pending}
              onClick={() => next(q.serviceId)}
              className="self-start"
            >
              {t.next}
            </Button>
            {[
              { label: t.called, list: q.called, actions: ['recall', 'skip', 'serve'] as const },
              { label: t.skipped, list: q.skipped, actions: ['recall'] as const },
            ].map(
              ({ label, list, actions }) =>
                list.length > 0 && (
                  <div key={label}>
                    <p className="text-xs text-slate-500">{label}</p>
                    <ul className="flex flex-col gap-1">
                      {list.map((ticket) => (
                        <li key={ticket.id} className="flex items-center gap-2">
                          <b className="w-16 tabular-nums">{ticket.label}</b>
                          {actions.map((action) => (
                            <Button
                              key={action}
                              size="sm"
                              disabled={pending}
                              onClick={() => act(ticket, action)}
                            >
                              {t[action]}
                            </Button>
                          ))}
                        </li>
                      ))}
                    </ul>
                  </div>
                ),
            )}
          </article>
        ))}
      </div>
    </section>
  );
}
