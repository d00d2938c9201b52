import type { Status } from '@/lib/services/vocabulary';

// PeduliLindungi's colours; the word is always written too, so the result reads in greyscale.
const COLOURS: Record<Status, string> = {
  hijau: 'bg-green-700 text-white',
  kuning: 'bg-yellow-300 text-slate-900',
  merah: 'bg-red-700 text-white',
  hitam: 'bg-black text-white',
  tidak_tercatat: 'bg-slate-100 text-slate-900',
};

export function StatusBanner({ status, title, line }: { status: Status; title: string; line: string }) {
  return (
    <div data-status={status} className={`rounded-xl p-6 text-center ${COLOURS[status]}`}>
      <p className="text-3xl font-extrabold">{title}</p>
      <p className="mt-2 text-lg font-semibold">{line}</p>
    </div>
  );
}
