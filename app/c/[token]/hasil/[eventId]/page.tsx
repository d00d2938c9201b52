import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StatusBanner } from '@/components/checkin/StatusBanner';
import { VisitorFrame } from '@/components/checkin/VisitorFrame';
import { getReceiptEvent, verifyReceipt } from '@/lib/checkins/receipt';
import { getDb } from '@/lib/db/client';
import { getDictionary } from '@/lib/i18n';
import { resolvePosterToken } from '@/lib/posters/resolve';
import { unitTitle } from '@/lib/tenancy/labels';
import { timeZoneAbbreviation, type UnitTimeZone } from '@/lib/tenancy/time-zones';
import { parseId } from '@/lib/validation';

export const metadata: Metadata = { title: 'Hasil check-in', robots: { index: false } };

export default async function ResultPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string; eventId: string }>;
  searchParams: Promise<{ s?: string }>;
}) {
  const { token, eventId: rawId } = await params;
  const { s = '' } = await searchParams;
  const t = await getDictionary();
  let eventId: number;
  try {
    eventId = parseId(rawId);
  } catch {
    notFound();
  }
  const db = await getDb();
  const [event, poster] = await Promise.all([getReceiptEvent(db, eventId), resolvePosterToken(db, token)]);
  if (!verifyReceipt(eventId, s) || !event || poster.state === 'unknown' || event.posterId !== poster.poster.id) {
    return (
      <VisitorFrame>
        <p role="alert">{t.checkin.receiptInvalid}</p>
      </VisitorFrame>
    );
  }
  const zone = poster.unit.timeZone;
  const time = `${new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(event.occurredAt)} ${timeZoneAbbreviation[zone as UnitTimeZone] ?? ''}`;
  const service = poster.state === 'valid' ? (poster.service?.name ?? t.posters.entrance) : null;
  return (
    <VisitorFrame>
      {event.kind === 'out' ? (
        <p role="status" className="rounded-xl bg-slate-100 p-6 text-center text-xl font-semibold">
          {t.checkin.checkedOut}
        </p>
      ) : (
        <StatusBanner
          status={event.status}
          title={event.admitted ? t.checkin.admitted : t.checkin.notAdmitted}
          line={t.checkin.statusLine[event.status]}
        />
      )}
      {event.kind === 'in' && !event.admitted && <p className="font-semibold">{t.checkin.reasons[event.status]}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
        <dt className="text-slate-500">Unit</dt>
        <dd className="font-semibold">{unitTitle(poster.unit, t)}</dd>
        {service && (
          <>
            <dt className="text-slate-500">{t.nav.services}</dt>
            <dd>{service}</dd>
          </>
        )}
        <dt className="text-slate-500">{t.checkin.time}</dt>
        <dd>{time}</dd>
      </dl>
      {event.kind === 'in' && event.admitted && poster.state === 'valid' && (
        <form action={`/c/${token}/keluar`} method="post">
          <input type="hidden" name="event" value={event.id} />
          <input type="hidden" name="s" value={s} />
          <button type="submit" className="w-full rounded border-2 border-slate-700 p-4 text-xl font-bold">
            {t.checkin.checkout}
          </button>
        </form>
      )}
    </VisitorFrame>
  );
}
