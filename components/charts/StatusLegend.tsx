import type { Dictionary } from '@/lib/i18n/id';
import { statuses } from '@/lib/services/vocabulary';
import { statusFill } from './status-style';

/** Swatches with the status names beside them: readable without colour. */
export function StatusLegend(props: { names: Dictionary['statuses']; title: string; extra?: { label: string; swatch: React.ReactNode } }) {
  return (
    <ul aria-label={props.title} className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {statuses.map((s) => (
        <li key={s} className="flex items-center gap-1.5">
          <svg width="14" height="14" aria-hidden="true">
            <rect width="14" height="14" fill={statusFill(s)} stroke="#334155" strokeWidth="1" />
          </svg>
          {props.names[s]}
        </li>
      ))}
      {props.extra && (
        <li className="flex items-center gap-1.5">
          {props.extra.swatch}
          {props.extra.label}
        </li>
      )}
    </ul>
  );
}
