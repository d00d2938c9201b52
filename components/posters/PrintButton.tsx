'use client';

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-emerald-700 px-3 py-1.5 font-semibold text-white">
      {label}
    </button>
  );
}
