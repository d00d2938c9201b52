'use client';

import { useRef, useState } from 'react';
import type { Dictionary } from '@/lib/i18n/id';

type Words = Pick<Dictionary['stats'], 'copy' | 'copied' | 'copyManual'>;

/** A ready paragraph with a button that puts it on the clipboard. */
export function CopySummary({ title, text, t, lang }: { title: string; text: string; t: Words; lang: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const paragraph = useRef<HTMLParagraphElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // No clipboard over plain http (a demo on the LAN): select the text for Ctrl+C instead.
      window.getSelection()?.selectAllChildren(paragraph.current!);
      setState('manual');
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-medium text-slate-600">{title}</h3>
        <button type="button" className="rounded border border-slate-300 px-3 py-1 text-sm" onClick={copy}>
          {state === 'copied' ? t.copied : t.copy}
        </button>
      </div>
      {state === 'manual' && (
        <p role="status" className="text-sm text-amber-800">
          {t.copyManual}
        </p>
      )}
      <p ref={paragraph} lang={lang} className="rounded bg-slate-50 p-3 text-sm leading-relaxed">
        {text}
      </p>
    </div>
  );
}
