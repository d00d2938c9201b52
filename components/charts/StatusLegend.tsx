import type { Dictionary } from '@/lib/i18n/id';
import { statuses } from '@/lib/services/vocabulary';
import { statusFill } from './status-style';

type Item = { label: string; fill?: string; swatch?: React.ReactNode };

/** Swatches with their names beside them: readable without colour. */
export function Legend(props: { title: string; items: Item[] }) {
  return (
    <ul aria-label={props.title} className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {props.items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          {item.swatch ?? (
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={item.fill} stroke="#334155" strokeWidth="1" />
            </svg>
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** The four statuses, plus e.g. the comparison line. */
export function StatusLegend(props: {
  names: Dictionary['statuses'];
  title: string;
  extra?: Item;
}) {
  const items: Item[] = statuses.map((s) => ({ label: props.names[s], fill: statusFill(s) }));
  return <Legend title={props.title} items={props.extra ? [...items, props.extra] : items} />;
}
