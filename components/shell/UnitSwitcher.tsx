'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import type { Dictionary } from '@/lib/i18n/id';
import type { UnitHit } from '@/lib/tenancy/search';

/** Searches the whole tree on the server as the user types; Enter or a click opens a unit. */
export function UnitSwitcher({ t, kinds }: { t: Dictionary['shell']; kinds: Dictionary['kinds'] }) {
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<UnitHit[] | null>(null);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (query.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/units/search?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
        });
        if (res.ok) {
          setHits((await res.json()).units);
          setActive(0);
        }
      } catch {
        // aborted by the next keystroke
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const open = (hit: UnitHit) => {
    setQuery('');
    setHits(null);
    router.push(`/u/${hit.id}`);
  };
  const shown = query.trim().length >= 2 ? hits : null;

  return (
    <div className="relative w-full max-w-md">
      <input
        type="search"
        role="combobox"
        aria-label={t.switchUnit}
        aria-expanded={!!shown}
        aria-controls={listId}
        placeholder={t.searchPlaceholder}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (!shown?.length) return;
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, shown.length - 1));
          if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          if (e.key === 'Enter') open(shown[active]!);
        }}
        className="w-full rounded border border-slate-300 px-3 py-1.5 text-sm"
      />
      {shown && (
        <ul id={listId} role="listbox" className="absolute z-10 mt-1 max-h-96 w-full overflow-auto rounded border border-slate-200 bg-white shadow-lg">
          {shown.length === 0 && <li className="p-3 text-sm text-slate-500">{t.noResults}</li>}
          {shown.map((hit, i) => (
            <li
              key={hit.id}
              role="option"
              aria-selected={i === active}
              onMouseDown={() => open(hit)}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? 'bg-emerald-50' : ''}`}
            >
              <span className="font-medium">{hit.name}</span>{' '}
              <span className="text-slate-500">
                {kinds[hit.kind]}
                {hit.code ? ` · ${hit.code}` : ''}
                {hit.context ? ` · ${hit.context}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
