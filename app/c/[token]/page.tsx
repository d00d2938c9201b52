import type { Metadata } from 'next';
import { CodeForm } from '@/components/checkin/CodeForm';
import { VisitorFrame } from '@/components/checkin/VisitorFrame';
import { getDb } from '@/lib/db/client';
import { getDictionary } from '@/lib/i18n';
import { resolvePosterToken } from '@/lib/posters/resolve';
import { unitTitle } from '@/lib/tenancy/labels';

export const metadata: Metadata = { title: 'Check-in', robots: { index: false } };

export default async function PosterPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getDictionary();
  const poster = await resolvePosterToken(await getDb(), token);
  if (poster.state !== 'valid') {
    const [title, body] =
      poster.state === 'retired'
        ? [t.checkin.invalidTitle, t.checkin.invalidBody]
        : poster.state === 'revoked'
          ? [t.checkin.revokedTitle, t.checkin.revokedBody]
          : [t.checkin.unknownTitle, t.checkin.unknownBody];
    return (
      <VisitorFrame>
        <h1 className="text-2xl font-bold text-red-800">{title}</h1>
        {poster.state !== 'unknown' && <p className="font-semibold">{unitTitle(poster.unit, t)}</p>}
        <p>{body}</p>
        <CodeForm t={t.checkin} />
      </VisitorFrame>
    );
  }
  return (
    <VisitorFrame>
      <h1 className="text-2xl font-bold">{unitTitle(poster.unit, t)}</h1>
      <p className="text-emerald-800">{poster.service?.name ?? t.posters.entrance}</p>
      <p className="text-base text-slate-600">{poster.poster.label}</p>
    </VisitorFrame>
  );
}
