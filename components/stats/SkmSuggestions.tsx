import { formatDay } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { Suggestion } from '@/lib/skm/report';

/** The visitors' suggestions, newest first: shown to admins and comms only. */
export function SkmSuggestions(props: { suggestions: Suggestion[]; t: Dictionary['skm']['report']; locale: 'id' | 'en' }) {
  const { suggestions, t, locale } = props;
  return (
    <details className="mt-3 text-sm" data-testid="skm-suggestions">
      <summary className="cursor-pointer">
        {t.suggestions} ({suggestions.length})
      </summary>
      {suggestions.length === 0 ? (
        <p className="mt-2 text-slate-500">{t.noSuggestions}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2">
          {suggestions.map((s, i) => (
            <li key={i} className="border-l-2 border-slate-200 pl-2">
              <p>{s.text}</p>
              <p className="text-xs text-slate-500">
                {s.unitName} · {formatDay(s.day, locale, 'short')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
