import Link from 'next/link';
import type { UnitKind } from '@/lib/tenancy/vocabulary';
import type { Dictionary } from '@/lib/i18n/id';

export type Crumb = { id: number; name: string; kind: UnitKind; reachable: boolean };

/**
 * Jawa Barat › Kabupaten Bekasi › Cikarang Barat › Telaga Asih. An ancestor above the user's
 * role is plain text: a link there would only lead to a 403.
 */
export function Breadcrumbs({ trail, t }: { trail: Crumb[]; t: Dictionary }) {
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
            ) : u.reachable ? (
              <Link href={`/u/${u.id}`} title={t.kinds[u.kind]}>
                {u.name}
              </Link>
            ) : (
              <span title={t.kinds[u.kind]}>{u.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
