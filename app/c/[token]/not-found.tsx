import { CodeForm } from '@/components/checkin/CodeForm';
import { VisitorFrame } from '@/components/checkin/VisitorFrame';
import { getDictionary } from '@/lib/i18n';

/** An unknown or malformed poster token: a 404 that still lets the visitor type the code. */
export default async function UnknownPoster() {
  const t = await getDictionary();
  return (
    <VisitorFrame>
      <h1 className="text-2xl font-bold text-red-800">{t.checkin.unknownTitle}</h1>
      <p>{t.checkin.unknownBody}</p>
      <CodeForm t={t.checkin} />
    </VisitorFrame>
  );
}
