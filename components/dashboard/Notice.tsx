/** An empty or failed state: what happened, then what to do. */
export function Notice(props: { title: string; hint?: string; tone?: 'empty' | 'error' }) {
  const error = props.tone === 'error';
  return (
    <div
      role={error ? 'alert' : undefined}
      className={`rounded p-3 text-sm ${error ? 'bg-red-50 text-red-900' : 'bg-slate-50 text-slate-700'}`}
    >
      <p className="font-medium">{props.title}</p>
      {props.hint && <p className="mt-1">{props.hint}</p>}
    </div>
  );
}
