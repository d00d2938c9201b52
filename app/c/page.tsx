import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CodeForm } from '@/components/checkin/CodeForm';
import { VisitorFrame } from '@/components/checkin/VisitorFrame';
import { getDb } from '@/lib/db/client';
import { getDictionary } from '@/lib/i18n';
import { tokenForShortCode } from '@/lib/posters/resolve';
import { normaliseShortCode } from '@/lib/posters/tokens';

export const metadata: Metadata = { title: 'Check-in' };

/** For visitors who cannot scan: type the short code printed under the QR. */
export default async function EnterCodePage({ searchParams }: { searchParams: Promise<{ kode?: string }> }) {
  const { kode } = await searchParams;
  const t = await getDictionary();
  let error: string | undefined;
  if (kode !== undefined) {
    const code = normaliseShortCode(kode);
    const token = code && (await tokenForShortCode(await getDb(), code));
    if (token) redirect(`/c/${token}`);
    error = t.checkin.badCode;
  }
  return (
    <VisitorFrame>
      <CodeForm t={t.checkin} error={error} />
    </VisitorFrame>
  );
}
