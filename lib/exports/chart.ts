import { Resvg } from '@resvg/resvg-js';
import { niceTicks } from '@/lib/charts/nice-ticks';
import { statuses } from '@/lib/services/vocabulary';
import { statusColour } from '@/lib/stats/colors';

export type ChartBar = { label: string; byStatus: Record<string, number> };
/** A labelled vertical mark at bar `bar` (its index), e.g. an entry policy taking effect. */
export type ChartMark = { bar: number; label: string };
export type ChartSpec = {
  title: string;
  subtitle: string;
  /** What the bars count, at the value axis ("Check-in"). */
  axis: string;
  /** Where the figures come from, along the bottom edge: an image travels without its page. */
  source: string;
  /**
   * `columns` along a time axis (days, weeks, months); `rows` for named groups, whose names
   * read across at the left. Rows past MAX_ROWS are drawn as one, labelled by `others`.
   */
  layout: 'columns' | 'rows';
  others?: (n: number) => string;
  bars: ChartBar[];
  legend: Record<string, string>;
  locale: 'id' | 'en';
  marks?: ChartMark[];
};

const W = 1200;
const MAX_ROWS = 25;
const FOOT = 100; // legend and source
/** DejaVu Sans runs about 0.6 em a character: enough to keep labels apart. */
const textWidth = (text: string, size: number) => text.length * size * 0.6;

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const clip = (s: string, chars: number) =>
  s.length > chars ? `${s.slice(0, Math.max(1, chars - 1))}…` : s;
/** A line of text; `extra` attributes may set another fill. */
const text = (x: number, y: number, size: number, body: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${size}"${extra.includes('fill=') ? '' : ' fill="#1e293b"'}${extra ? ` ${extra}` : ''}>${escape(body)}</text>`;
const totalOf = (b: ChartBar) => statuses.reduce((sum, s) => sum + (b.byStatus[s] ?? 0), 0);

/** Title, subtitle, legend and source: the same frame around either layout. */
function frame(spec: ChartSpec, height: number, body: string[]): string {
  const parts = [
    `<rect width="${W}" height="${height}" fill="#ffffff"/>`,
    text(40, 46, 28, clip(spec.title, 72), 'font-weight="bold" fill="#0f172a"'),
    text(40, 80, 19, spec.subtitle, 'fill="#334155"'),
    ...body,
  ];
  let x = 40;
  for (const s of statuses) {
    const label = spec.legend[s] ?? s;
    parts.push(
      `<rect x="${x}" y="${height - 74}" width="18" height="18" fill="${statusColour[s]}" stroke="#334155" stroke-width="0.5"/>`,
    );
    parts.push(text(x + 26, height - 59, 16, label));
    x += 26 + textWidth(label, 16) + 28;
  }
  parts.push(text(40, height - 22, 15, clip(spec.source, 125), 'fill="#475569"'));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">${parts.join('')}</svg>`;
}

/** One bar's status segments from `from` along the value axis; `place(v0, v1)` gives its rectangle. */
function segments(
  bar: ChartBar,
  place: (v0: number, v1: number) => { x: number; y: number; w: number; h: number },
): string[] {
  const out: string[] = [];
  let base = 0;
  for (const s of statuses) {
    const n = bar.byStatus[s] ?? 0;
    if (!n) continue;
    const r = place(base, base + n);
    out.push(
      `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${statusColour[s]}"/>`,
    );
    base += n;
  }
  return out;
}

function columns(spec: ChartSpec, fmt: Intl.NumberFormat): string {
  const size = 15;
  const left = 100;
  const right = 40;
  const top = 120;
  const plotW = W - left - right;
  const slot = plotW / Math.max(1, spec.bars.length);
  // Labels lie flat while they fit under their bar; else they slant, and only every so many is written.
  const flat = spec.bars.every((b) => textWidth(b.label, size) <= slot - 6);
  const longest = Math.max(0, ...spec.bars.map((b) => textWidth(clip(b.label, 16), size)));
  const labelsH = flat ? 40 : Math.ceil(longest * Math.sin(Math.PI / 4.5)) + 36;
  const height = 675;
  const bottom = height - FOOT - labelsH;
  const plotH = bottom - top;
  const totals = spec.bars.map(totalOf);
  const ticks = niceTicks(Math.max(0, ...totals));
  const y = (v: number) => bottom - (v / ticks.at(-1)!) * plotH;
  const barW = Math.max(1, Math.min(64, slot * 0.7));
  const every = flat ? 1 : Math.ceil(spec.bars.length / Math.floor(plotW / (size * 1.6)));
  const parts = [text(left - 12, top - 18, 15, spec.axis, 'text-anchor="end" fill="#334155"')];
  for (const v of ticks) {
    parts.push(
      `<line x1="${left}" x2="${W - right}" y1="${y(v)}" y2="${y(v)}" stroke="${v ? '#e2e8f0' : '#64748b'}"/>`,
    );
    parts.push(text(left - 12, y(v) + 5, 16, fmt.format(v), 'text-anchor="end" fill="#334155"'));
  }
  spec.bars.forEach((bar, i) => {
    const x = left + slot * i + (slot - barW) / 2;
    const mid = x + barW / 2;
    parts.push(...segments(bar, (v0, v1) => ({ x, y: y(v1), w: barW, h: y(v0) - y(v1) })));
    if (spec.bars.length <= 16 && totals[i])
      parts.push(text(mid, y(totals[i]!) - 6, 15, fmt.format(totals[i]!), 'text-anchor="middle"'));
    if (i % every !== 0) return;
    if (flat) parts.push(text(mid, bottom + 24, size, bar.label, 'text-anchor="middle"'));
    else
      parts.push(
        text(
          mid,
          bottom + 18,
          size,
          clip(bar.label, 16),
          `text-anchor="end" transform="rotate(-40 ${mid} ${bottom + 18})"`,
        ),
      );
  });
  for (const mark of spec.marks ?? []) {
    const x = left + slot * mark.bar + slot / 2;
    // The label runs away from the nearer edge, so it stays inside the image.
    const toLeft = mark.bar > spec.bars.length / 2;
    parts.push(
      `<line x1="${x}" x2="${x}" y1="${top - 8}" y2="${bottom}" stroke="#1d4ed8" stroke-width="2" stroke-dasharray="6 3"/>`,
    );
    parts.push(
      text(
        toLeft ? x - 6 : x + 6,
        top + 8,
        15,
        clip(mark.label, 48),
        `text-anchor="${toLeft ? 'end' : 'start'}" fill="#1d4ed8"`,
      ),
    );
  }
  return frame(spec, height, parts);
}

function rows(spec: ChartSpec, fmt: Intl.NumberFormat): string {
  const size = 15;
  const shown = spec.bars.length > MAX_ROWS ? spec.bars.slice(0, MAX_ROWS - 1) : spec.bars;
  const rest = spec.bars.slice(shown.length);
  const bars = rest.length
    ? [
        ...shown,
        {
          label: spec.others?.(rest.length) ?? '…',
          byStatus: Object.fromEntries(
            statuses.map((s) => [s, rest.reduce((n, b) => n + (b.byStatus[s] ?? 0), 0)]),
          ),
        },
      ]
    : shown;
  const labels = bars.map((b) => clip(b.label, 40));
  const left =
    40 +
    Math.min(
      textWidth('x'.repeat(40), size),
      Math.max(60, ...labels.map((l) => textWidth(l, size))),
    ) +
    16;
  const right = 90;
  const top = 130;
  const rowH = 32;
  const bottom = top + Math.max(1, bars.length) * rowH;
  const height = bottom + 40 + FOOT;
  const totals = bars.map(totalOf);
  const ticks = niceTicks(Math.max(0, ...totals));
  const x = (v: number) => left + (v / ticks.at(-1)!) * (W - left - right);
  const parts = [
    text(x(ticks.at(-1)!), top - 14, 15, spec.axis, 'text-anchor="end" fill="#334155"'),
  ];
  for (const v of ticks) {
    parts.push(
      `<line x1="${x(v)}" x2="${x(v)}" y1="${top}" y2="${bottom}" stroke="${v ? '#e2e8f0' : '#64748b'}"/>`,
    );
    parts.push(text(x(v), bottom + 24, 16, fmt.format(v), 'text-anchor="middle" fill="#334155"'));
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowH + 5;
    parts.push(text(left - 12, y + 16, size, labels[i]!, 'text-anchor="end"'));
    parts.push(...segments(bar, (v0, v1) => ({ x: x(v0), y, w: x(v1) - x(v0), h: rowH - 10 })));
    if (totals[i]) parts.push(text(x(totals[i]!) + 6, y + 16, size, fmt.format(totals[i]!)));
  });
  return frame(spec, height, parts);
}

/** The statistics chart (check-ins stacked by status) as SVG, drawn the same for every export. */
export function chartSvg(spec: ChartSpec): string {
  const fmt = new Intl.NumberFormat(spec.locale === 'id' ? 'id-ID' : 'en-GB');
  return spec.layout === 'rows' ? rows(spec, fmt) : columns(spec, fmt);
}

/** The chart as a PNG, rasterised with the machine's fonts. */
export function chartPng(spec: ChartSpec): Uint8Array {
  return new Resvg(chartSvg(spec), {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
}
