import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { type PosterContent, type PosterSize, posterSizes } from './content';

const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...QR_OPTIONS, type: 'svg' });
}

export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...QR_OPTIONS, type: 'png', width: 1200, margin: 4 });
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Lays a poster out in millimetres: shared by the SVG and the PDF so both look alike. */
function layout(size: PosterSize) {
  const [w, h] = posterSizes[size];
  const k = w / 210; // A5 is A4 scaled down
  return { w, h, k, margin: 14 * k, qr: 120 * k, qrTop: 92 * k };
}

/** Splits a line for SVG, which does not wrap text: at most `lines` lines of about `width` characters. */
export function wrapText(s: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.slice(0, width - 1)}…`;
  return kept;
}

/** The whole poster as a PNG at 150 dpi, drawn from its SVG with the machine's fonts. */
export async function posterPng(c: PosterContent, size: PosterSize): Promise<Uint8Array> {
  const width = Math.round((posterSizes[size][0] / 25.4) * 150);
  const svg = await posterSvg(c, size);
  const font = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font }).render().asPng();
}

export async function posterSvg(c: PosterContent, size: PosterSize): Promise<string> {
  const { w, h, k, margin, qr, qrTop } = layout(size);
  const inner = (await qrSvg(c.url)).replace(/^<svg /, `<svg x="${(w - qr) / 2}" y="${qrTop}" width="${qr}" height="${qr}" `);
  const text = (y: number, s: string, pt: number, weight = 'normal', fill = '#0f172a') =>
    `<text x="${w / 2}" y="${y}" font-size="${pt * k}" font-weight="${weight}" fill="${fill}" text-anchor="middle" font-family="Helvetica, Arial, sans-serif">${escapeXml(s)}</text>`;
  const steps = c.instructions.map((s, i) => text(qrTop + qr + (22 + i * 8) * k, `${i + 1}. ${s}`, 4.2));
  const admits = wrapText(c.admits, 58, 2).map((s, i) => text((82 + i * 6) * k, s, 4.8, 'bold', '#0f172a'));
  const policy = wrapText(c.policy ?? '', 95, 3).map((s, i) => text(qrTop + qr + (48 + i * 5) * k, s, 3.4, 'normal', '#334155'));
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}">
<rect width="${w}" height="${h}" fill="#ffffff"/>
<rect x="0" y="0" width="${w}" height="${18 * k}" fill="#047857"/>
${text(12 * k, 'PINDAI QR · CHECK-IN', 7, 'bold', '#ffffff')}
${text(36 * k, c.unitTitle, 11, 'bold')}
${text(45 * k, c.place, 4.5, 'normal', '#475569')}
${text(63 * k, c.service, 9, 'bold', '#047857')}
${text(73 * k, c.label, 6)}
${admits.join('\n')}
${inner}
${text(qrTop + qr + 10 * k, `Kode: ${c.shortCode}`, 8, 'bold')}
${steps.join('\n')}
${policy.join('\n')}
${text(h - margin - 6 * k, c.manualHint, 3.4, 'normal', '#475569')}
${text(h - margin, `Diterbitkan ${c.issued}`, 3.4, 'normal', '#475569')}
</svg>`;
}

const MM = 72 / 25.4;

/** One page per poster; the QR is drawn as vector squares so it prints sharp at any size. */
export function postersPdf(contents: PosterContent[], size: PosterSize): Promise<Buffer> {
  const { w, h, k, margin, qr, qrTop } = layout(size);
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: false, info: { Title: 'Poster Pindai' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = (w - 2 * margin) * MM;
  // Text flows down from where the previous line ended, so long names wrap without overlap.
  const write = (s: string, pt: number, font = 'Helvetica', color = '#0f172a', gap = 2) => {
    doc.font(font).fontSize(pt * k).fillColor(color).text(s, margin * MM, undefined, { width, align: 'center' });
    doc.y += gap * k * MM;
  };

  for (const c of contents) {
    doc.addPage();
    doc.rect(0, 0, w * MM, 18 * k * MM).fill('#047857');
    doc.y = 6 * k * MM;
    write('PINDAI QR · CHECK-IN', 18, 'Helvetica-Bold', '#ffffff', 10);
    write(c.unitTitle, 28, 'Helvetica-Bold', '#0f172a', 1);
    write(c.place, 11, 'Helvetica', '#475569', 4);
    write(c.service, 20, 'Helvetica-Bold', '#047857', 1);
    write(c.label, 14, 'Helvetica', '#0f172a', 1);
    write(c.admits, 12, 'Helvetica-Bold');
    const code = QRCode.create(c.url, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
    const n = code.modules.size;
    const top = Math.max(qrTop, doc.y / MM);
    const side = Math.min(qr, h - top - 85 * k);
    const cell = side / (n + 2 * QR_OPTIONS.margin);
    const x0 = (w - side) / 2 + cell * QR_OPTIONS.margin;
    const y0 = top + cell * QR_OPTIONS.margin;
    for (let r = 0; r < n; r++) {
      for (let col = 0; col < n; col++) {
        if (code.modules.get(r, col)) {
          doc.rect((x0 + col * cell) * MM, (y0 + r * cell) * MM, cell * MM + 0.1, cell * MM + 0.1);
        }
      }
    }
    doc.fill('#000000');
    doc.y = (top + side + 2 * k) * MM;
    write(`Kode: ${c.shortCode}`, 20, 'Helvetica-Bold', '#0f172a', 3);
    c.instructions.forEach((s, i) => write(`${i + 1}. ${s}`, 11, 'Helvetica', '#0f172a', 1));
    if (c.policy) write(c.policy, 8.5, 'Helvetica', '#334155', 1);
    doc.y = (h - margin - 12 * k) * MM;
    write(c.manualHint, 8.5, 'Helvetica', '#475569', 1);
    write(`Diterbitkan ${c.issued}`, 8.5, 'Helvetica', '#475569', 0);
  }
  doc.end();
  return done;
}
