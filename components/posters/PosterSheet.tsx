import type { PosterContent, PosterSize } from '@/lib/posters/content';

const SHEET = { A4: { w: '210mm', h: '297mm', scale: 1 }, A5: { w: '148mm', h: '210mm', scale: 0.705 } };

/** One printed poster; all text is rendered by React, so names are escaped. */
export function PosterSheet({ content: c, qrSvg, size }: { content: PosterContent; qrSvg: string; size: PosterSize }) {
  const s = SHEET[size];
  const mm = (n: number) => `${n * s.scale}mm`;
  return (
    <article
      className="mx-auto flex flex-col items-center overflow-hidden bg-white text-center text-slate-900 break-after-page print:m-0"
      style={{ width: s.w, height: s.h, padding: `0 ${mm(14)}`, fontSize: mm(4.2) }}
    >
      <div className="flex w-full items-center justify-center bg-emerald-700 font-bold tracking-wide text-white" style={{ height: mm(18), margin: `0 -${mm(14)}`, width: `calc(100% + ${mm(28)})` }}>
        PINDAI QR · CHECK-IN
      </div>
      <h1 className="font-bold" style={{ fontSize: mm(10), marginTop: mm(8) }}>
        {c.unitTitle}
      </h1>
      <p className="text-slate-600">{c.place}</p>
      <p className="font-bold text-emerald-700" style={{ fontSize: mm(8), marginTop: mm(6) }}>
        {c.service}
      </p>
      <p style={{ fontSize: mm(6) }}>{c.label}</p>
      <p className="font-bold" style={{ fontSize: mm(4.8), marginTop: mm(3) }} data-testid="poster-admits">
        {c.admits}
      </p>
      {/* The QR markup comes from the qrcode library, not from user input. */}
      <div style={{ width: mm(120), height: mm(120), marginTop: mm(2) }} dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p className="font-mono font-bold" style={{ fontSize: mm(8) }} data-testid="short-code">
        Kode: {c.shortCode}
      </p>
      <ol className="text-left" style={{ marginTop: mm(4) }}>
        {c.instructions.map((step, i) => (
          <li key={i}>
            {i + 1}. {step}
          </li>
        ))}
      </ol>
      {c.policy && (
        <p className="text-slate-700" style={{ fontSize: mm(3.4), marginTop: mm(4) }} data-testid="poster-policy">
          {c.policy}
        </p>
      )}
      <p className="mt-auto text-slate-600" style={{ fontSize: mm(3.4) }}>
        {c.manualHint}
      </p>
      <p className="text-slate-600" style={{ fontSize: mm(3.4), marginBottom: mm(10) }}>
        Diterbitkan {c.issued}
      </p>
    </article>
  );
}
