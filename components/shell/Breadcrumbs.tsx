import Link from 'next/link';
import type { UnitKind } from '@/lib/tenancy/vocabulary';
import type { Dictionary } from '@/lib/i18n/id';

/** Jawa Barat › Kabupaten Bekasi › Cikarang Barat › Telaga Asih */
export function Breadcrumbs({
  trail,
  t,
}: {
  trail: { id: number; name: string; kind: UnitKind }[];
  t: Dictionary;
}) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((u, i) => (
          <li key={u.id} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {i === trail.length - 1 ? (
              <span aria-current="page" title={t.kinds[u.kind]}>
                {u.name}
              </span>
            ) : (
              <Link href={`/u/${u.id}`} title={t.kinds[u.kind]}>
                {u.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
