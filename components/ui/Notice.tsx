import type { ReactNode } from 'react';

type Tone = 'empty' | 'error' | 'done';

const looks: Record<Tone, string> = {
  empty: 'bg-slate-50 text-slate-700',
  error: 'bg-red-50 text-red-900',
  done: 'bg-emerald-50 text-emerald-900',
};

/**
 * The one message box: an empty or failed state (a title, then what to do), or the answer to
 * an action. A failure is an alert and an answer a status, so screen readers say them at once.
 */
export function Notice(props: { tone?: Tone; title?: string; children?: ReactNode }) {
  const tone = props.tone ?? 'empty';
  const role = tone === 'error' ? 'alert' : tone === 'done' ? 'status' : undefined;
  return (
    <div role={role} className={`rounded p-3 text-sm ${looks[tone]}`}>
      {props.title && <p className="font-medium">{props.title}</p>}
      {props.title && props.children ? <p className="mt-1">{props.children}</p> : props.children}
    </div>
  );
}
