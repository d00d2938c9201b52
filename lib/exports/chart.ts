import { Resvg } from '@resvg/resvg-js';
import { statuses } from '@/lib/services/vocabulary';
import { statusColour } from '@/lib/stats/colors';

export type ChartBar = { label: string; byStatus: Record<string, number> };
/** A labelled vertical mark at bar `bar` (its index), e.g. an entry policy taking effect. */
export type ChartMark = { bar: number; label: string };
export type ChartSpec = { title: string; subtitle: string; bars: ChartBar[]; legend: Record<string, string>; locale: 'id' | 'en'; marks?: ChartMark[] };

const W = 1200;
const H = 630;
const PAD = { left: 90, right: 30, top: 100, bottom: 130 };

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A round axis maximum: 1, 2 or 5 times a power of ten. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= max)!;
}

/** The statistics chart (check-ins stacked by status) as SVG, drawn the same for every export. */
export function chartSvg(spec: ChartSpec): string {
  const fmt = new Intl.NumberFormat(spec.locale === 'id' ? 'id-ID' : 'en-GB');
  const totals = spec.bars.map((b) => statuses.reduce((sum, s) => sum + (b.byStatus[s] ?? 0), 0));
  const top = niceMax(Math.max(0, ...totals));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, spec.bars.length);
  const barW = Math.max(1, Math.min(60, slot * 0.7));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const parts: string[] = [
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${PAD.left}" y="42" font-size="26" font-weight="bold" fill="#0f172a">${escape(spec.title)}</text>`,
    `<text x="${PAD.left}" y="72" font-size="18" fill="#475569">${escape(spec.subtitle)}</text>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const v = (top / 4) * i;
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e2e8f0"/>`);
    parts.push(`<text x="${PAD.left - 10}" y="${y(v) + 5}" font-size="14" text-anchor="end" fill="#475569">${fmt.format(v)}</text>`);
  }
  const every = Math.ceil(spec.bars.length / 31);
  spec.bars.forEach((bar, i) => {
    const x = PAD.left + slot * i + (slot - barW) / 2;
    let base = 0;
    for (const s of statuses) {
      const n = bar.byStatus[s] ?? 0;
      if (!n) continue;
      parts.push(`<rect x="${x}" y="${y(base + n)}" width="${barW}" height="${y(base) - y(base + n)}" fill="${statusColour[s]}"/>`);
      base += n;
    }
    if (i % every === 0) {
      const lx = x + barW / 2;
      const ly = PAD.top + plotH + 16;
      const label = bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label;
      parts.push(`<text x="${lx}" y="${ly}" font-size="13" text-anchor="end" fill="#334155" transform="rotate(-40 ${lx} ${ly})">${escape(label)}</text>`);
    }
  });
  for (const mark of spec.marks ?? []) {
    const x = PAD.left + slot * mark.bar + slot / 2;
    const label = mark.label.length > 40 ? `${mark.label.slice(0, 39)}…` : mark.label;
    // The label runs away from the nearer edge, so it stays inside the image.
    const right = mark.bar > spec.bars.length / 2;
    parts.push(`<line x1="${x}" x2="${x}" y1="${PAD.top - 8}" y2="${PAD.top + plotH}" stroke="#1d4ed8" stroke-width="2" stroke-dasharray="6 3"/>`);
    parts.push(`<text x="${right ? x - 6 : x + 6}" y="${PAD.top + 6}" font-size="14" text-anchor="${right ? 'end' : 'start'}" fill="#1d4ed8">${escape(label)}</text>`);
  }
  statuses.forEach((s, i) => {
    const x = W - PAD.right - statuses.length * 170 + i * 170;
    parts.push(`<rect x="${x}" y="${H - 30}" width="16" height="16" fill="${statusColour[s]}"/>`);
    parts.push(`<text x="${x + 22}" y="${H - 17}" font-size="15" fill="#334155">${escape(spec.legend[s] ?? s)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">${parts.join('')}</svg>`;
}

/** The chart as a PNG, rasterised with the machine's fonts. */
export function chartPng(spec: ChartSpec): Uint8Array {
  return new Resvg(chartSvg(spec), { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}
