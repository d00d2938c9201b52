import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CodeForm } from '@/components/checkin/CodeForm';
import { VisitorFrame } from '@/components/checkin/VisitorFrame';
import { getDb } from '@/lib/db/client';
import { getDictionary } from '@/lib/i18n';
import { resolvePosterToken } from '@/lib/posters/resolve';
import { unitTitle } from '@/lib/tenancy/labels';

export const metadata: Metadata = { title: 'Check-in', robots: { index: false } };

export default async function PosterPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ galat?: string }>;
}) {
  const { token } = await params;
  const { galat } = await searchParams;
  const t = await getDictionary();
  const poster = await resolvePosterToken(await getDb(), token);
  if (poster.state === 'unknown') notFound();
  if (poster.state !== 'valid') {
    const [title, body] =
      poster.state === 'retired' ? [t.checkin.invalidTitle, t.checkin.invalidBody] : [t.checkin.revokedTitle, t.checkin.revokedBody];
    return (
      <VisitorFrame>
        <h1 className="text-2xl font-bold text-red-800">{title}</h1>
        <p className="font-semibold">{unitTitle(poster.unit, t)}</p>
        <p>{body}</p>
        <CodeForm t={t.checkin} />
      </VisitorFrame>
    );
  }
  if (poster.service?.pausedAt) {
    // Said before the visitor types a NIK, not after.
    return (
      <VisitorFrame>
        <h1 className="text-2xl font-bold text-amber-800">{t.checkin.pausedTitle}</h1>
        <p className="font-semibold">{unitTitle(poster.unit, t)}</p>
        <p className="text-emerald-800">{poster.service.name}</p>
        <p>{t.checkin.pausedBody}</p>
      </VisitorFrame>
    );
  }
  const error = galat && galat in t.checkin.errors ? t.checkin.errors[galat as keyof typeof t.checkin.errors] : null;
  return (
    <VisitorFrame>
      <h1 className="text-2xl font-bold">{unitTitle(poster.unit, t)}</h1>
      <p className="text-emerald-800">{poster.service?.name ?? t.posters.entrance}</p>
      <p className="text-base text-slate-600">{poster.poster.label}</p>
      <form action={`/c/${token}/masuk`} method="post" className="flex flex-col gap-2">
        <label htmlFor="identitas" className="font-semibold">
          {t.checkin.identify}
        </label>
        <input
          id="identitas"
          name="identitas"
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          required
          aria-describedby="identitas-hint"
          className="rounded border-2 border-slate-400 p-3 text-xl tracking-wider"
        />
        <p id="identitas-hint" className="text-sm text-slate-600">
          {t.checkin.identifyHint}
        </p>
        {error && (
          <p role="alert" className="text-base font-semibold text-red-700">
            {error}
          </p>
        )}
        <button type="submit" className="rounded bg-emerald-700 p-4 text-xl font-bold text-white">
          {t.checkin.submit}
        </button>
      </form>
    </VisitorFrame>
  );
}
