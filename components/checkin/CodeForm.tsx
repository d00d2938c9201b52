import type { Dictionary } from '@/lib/i18n/id';

/** A plain GET form: works without JavaScript on any phone. */
export function CodeForm({ t, error }: { t: Dictionary['checkin']; error?: string }) {
  return (
    <form action="/c" method="get" className="flex flex-col gap-2">
      <label htmlFor="kode" className="font-semibold">
        {t.enterCode}
      </label>
      <input
        id="kode"
        name="kode"
        autoCapitalize="characters"
        autoComplete="off"
        maxLength={12}
        placeholder="ABCD-2345"
        className="rounded border-2 border-slate-400 p-3 font-mono text-xl uppercase"
      />
      <p className="text-sm text-slate-600">{t.codeHint}</p>
      {error && (
        <p role="alert" className="text-base text-red-700">
          {error}
        </p>
      )}
      <button type="submit" className="rounded bg-emerald-700 p-3 font-bold text-white">
        {t.go}
      </button>
    </form>
  );
}
