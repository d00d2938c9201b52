'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { cn } from './cn';

export type NavTab = { href: string; label: string };

/**
 * A section's pages as tabs: the one open is marked (aria-current="page") and underlined. On a
 * phone the row scrolls sideways inside itself rather than widening the page.
 */
export function NavTabs({ tabs, label }: { tabs: NavTab[]; label: string }) {
  const pathname = usePathname();
  const list = useRef<HTMLUListElement>(null);
  // The longest matching prefix wins, so /u/7/posters/… marks Poster, not the overview at /u/7.
  const current = tabs
    .filter((t) => pathname === t.href || pathname.startsWith(`${t.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  // On a phone the open tab may sit past the edge: bring it into the row's view.
  useEffect(() => {
    const open = list.current?.querySelector('[aria-current="page"]');
    const row = list.current?.parentElement;
    if (!open || !row) return;
    const [tab, box] = [open.getBoundingClientRect(), row.getBoundingClientRect()];
    row.scrollLeft += tab.left - box.left - (box.width - tab.width) / 2;
  }, [current]);
  return (
    <nav aria-label={label} className="relative -mx-4 mt-3 overflow-x-auto px-4">
      <ul ref={list} className="flex min-w-max gap-1 border-b border-slate-200 text-sm">
        {tabs.map((tab) => {
          const active = tab.href === current;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  '-mb-px block border-b-2 px-3 pb-2 font-medium whitespace-nowrap text-slate-600 hover:text-slate-900 hover:no-underline',
                  active ? 'border-emerald-700 text-emerald-800' : 'border-transparent',
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
