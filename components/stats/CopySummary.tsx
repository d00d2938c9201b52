'use client';

import { useState } from 'react';

/** A ready paragraph with a button that puts it on the clipboard. */
export function CopySummary({ title, text, copy, copied, lang }: { title: string; text: string; copy: string; copied: string; lang: string }) {
  const [done, setDone] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-medium text-slate-600">{title}</h3>
        <button
          type="button"
          className="rounded border border-slate-300 px-3 py-1 text-sm"
          onClick={async () => {
            await navigator.clipboard.writeText(text);
            setDone(true);
            setTimeout(() => setDone(false), 2000);
          }}
        >
          {done ? copied : copy}
        </button>
      </div>
      <p lang={lang} className="rounded bg-slate-50 p-3 text-sm leading-relaxed">
        {text}
      </p>
    </div>
  );
}
