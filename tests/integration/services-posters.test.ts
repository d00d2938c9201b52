import { count, eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { listAudit } from '@/lib/audit/log';
import { recordCheckin } from '@/lib/checkins/checkin';
import type { Ctx } from '@/lib/context';
import { posters, posterTokens, services } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { posterContent } from '@/lib/posters/content';
import { posterDownload } from '@/lib/posters/downloads';
import { createPoster, getPosterInUnit, listPosters, revokePoster, rotatePoster } from '@/lib/posters/posters';
import { posterSvg, postersPdf } from '@/lib/posters/render';
import { resolvePosterToken } from '@/lib/posters/resolve';
import { officeHours } from '@/lib/services/input';
import { applyServiceTemplate, createService, deleteService, listServices, setServicePaused, updateService } from '@/lib/services/services';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';

const TA = '32.16.08.1008'; // Kelurahan Telaga Asih
const OTHER = '32.75.01.1001'; // a kelurahan of Kota Bekasi

const valid = { name: 'Perekaman KTP-el', category: 'kependudukan', openingHours: officeHours, dailyCapacity: 40 };

/** The AppError a call throws, or a failure if it does not throw one. */
async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Row counts of everything a service or poster change writes, to prove a refusal wrote nothing. */
async function footprint({ db, unit }: Ctx) {
  const [s] = await db.select({ n: count() }).from(services).where(eq(services.unitId, unit.id));
  const [p] = await db.select({ n: count() }).from(posters).where(eq(posters.unitId, unit.id));
  const [t] = await db.select({ n: count() }).from(posterTokens);
  return { services: s!.n, posters: p!.n, tokens: t!.n, audit: (await listAudit({ db, unit })).length };
}

describeEachDatabase(
  'services and posters',
  (get) => {
    const admin = async (code = TA) => ctxFor(get().db, await actorWith(get().db, 'admin', code), code);

    it('refuses bad service input with a message in Bahasa Indonesia and stores nothing', async () => {
      const ctx = await admin();
      const before = await footprint(ctx);
      const closesEarly = officeHours.map((d, i) => (i === 2 ? { open: '15:00', close: '08:00' } : d));
      const cases: [unknown, string][] = [
        [{ ...valid, name: '' }, 'Nama layanan wajib diisi.'],
        [{ ...valid, name: '   ' }, 'Nama layanan wajib diisi.'],
        [{ ...valid, openingHours: closesEarly }, 'Jam tutup harus setelah jam buka.'],
        [{ ...valid, dailyCapacity: -1 }, 'Kuota harian tidak boleh kurang dari nol.'],
        [{ ...valid, name: 'x'.repeat(10_000) }, 'Nama layanan paling panjang 120 karakter.'],
        [{ ...valid, name: '<script>alert(1)</script>' }, 'Nama layanan tidak boleh berisi tanda < atau >.'],
        [{ ...valid, category: 'rahasia' }, 'Pilih kategori layanan.'],
      ];
      for (const [input, message] of cases) {
        const error = await refusal(() => createService(ctx, input));
        expect({ status: error.status, message: error.message }).toEqual({ status: 422, message });
      }
      expect(await footprint(ctx)).toEqual(before);

      // An edit with bad input leaves the stored service as it was.
      const ktp = await createService(ctx, valid);
      const after = await footprint(ctx);
      const error = await refusal(() => updateService(ctx, ktp.id, { ...valid, dailyCapacity: -5 }));
      expect(error.status).toBe(422);
      expect(await footprint(ctx)).toEqual(after);
      expect((await listServices(ctx)).find((s) => s.id === ktp.id)?.dailyCapacity).toBe(40);
    });

    it('refuses bad poster labels and another unit’s service, storing nothing', async () => {
      const ctx = await admin();
      const foreign = await createService(await admin(OTHER), { ...valid, name: 'Layanan Kota' });
      const before = await footprint(ctx);
      const cases: [unknown, number, string][] = [
        [{ label: '' }, 422, 'Label poster wajib diisi.'],
        [{ label: 'L'.repeat(10_000) }, 422, 'Label poster paling panjang 60 karakter.'],
        [{ label: '<script>alert(1)</script>' }, 422, 'Label poster tidak boleh berisi tanda < atau >.'],
        [{ label: 'Loket 9', serviceId: foreign.id }, 404, 'Layanan tidak ditemukan di unit ini.'],
      ];
      for (const [input, status, message] of cases) {
        const error = await refusal(() => createPoster(ctx, input));
        expect({ status: error.status, message: error.message }).toEqual({ status, message });
      }
      expect(await footprint(ctx)).toEqual(before);
    });

    it('reaches no poster or service of another unit by id', async () => {
      const own = await admin();
      const other = await admin(OTHER);
      const theirService = await createService(other, { ...valid, name: 'Layanan Kota' });
      const theirPoster = await createPoster(other, { label: 'Pintu Kota', serviceId: theirService.id });
      const theirs = await footprint(other);
      for (const run of [
        () => rotatePoster(own, theirPoster.id),
        () => revokePoster(own, theirPoster.id),
        () => posterDownload(own, [theirPoster.id], 'qr.png', null),
        () => updateService(own, theirService.id, valid),
        () => setServicePaused(own, theirService.id, true),
        () => deleteService(own, theirService.id),
      ]) {
        expect((await refusal(run)).status).toBe(404);
      }
      expect(await footprint(other)).toEqual(theirs);
      const still = await getPosterInUnit({ db: other.db, unit: other.unit }, theirPoster.id);
      expect([still.token, still.revokedAt]).toEqual([theirPoster.token, null]);
    });

    it('refuses every change to roles that only read, before anything is written', async () => {
      const { db } = get();
      const setup = await admin();
      const service = await createService(setup, { ...valid, name: 'Surat domisili' });
      const poster = await createPoster(setup, { label: 'Loket 1', serviceId: service.id });
      const before = await footprint(setup);
      for (const role of ['official', 'desk', 'comms', 'health'] as const) {
        const ctx = await ctxFor(db, await actorWith(db, role, TA), TA);
        for (const run of [
          () => createService(ctx, valid),
          () => updateService(ctx, service.id, valid),
          () => setServicePaused(ctx, service.id, true),
          () => deleteService(ctx, service.id),
          () => applyServiceTemplate(ctx, { template: 'kelurahan' }),
          () => createPoster(ctx, { label: 'Loket 2' }),
          () => rotatePoster(ctx, poster.id),
          () => revokePoster(ctx, poster.id),
        ]) {
          expect({ role, status: (await refusal(run)).status }).toEqual({ role, status: 403 });
        }
      }
      expect(await footprint(setup)).toEqual(before);
    });

    it('keeps a deleted service and its poster’s scans; pause and resume are audited', async () => {
      const ctx = await admin();
      const service = await createService(ctx, { ...valid, name: 'Legalisir' });
      const poster = await createPoster(ctx, { label: 'Loket 3', serviceId: service.id });
      const at = new Date('2026-11-02T03:00:00Z');
      await recordCheckin(ctx.db, {
        point: { unit: ctx.unit, service, posterId: poster.id },
        visitorKey: null,
        kind: 'in',
        channel: 'desk',
        status: 'hijau',
        occurredAt: at,
      });
      await setServicePaused(ctx, service.id, true);
      expect((await listServices(ctx)).find((s) => s.id === service.id)?.pausedAt).toBeInstanceOf(Date);
      await setServicePaused(ctx, service.id, false);
      const rotated = await rotatePoster(ctx, poster.id);
      await deleteService(ctx, service.id);

      expect((await listServices(ctx)).map((s) => s.id)).not.toContain(service.id);
      const [kept] = await ctx.db.select().from(services).where(eq(services.id, service.id));
      expect(kept?.deletedAt).toBeInstanceOf(Date);
      const view = (await listPosters(ctx)).find((p) => p.id === poster.id)!;
      expect({ scans: view.scans, last: view.lastScanAt?.toISOString(), service: view.serviceName }).toEqual({
        scans: 1,
        last: at.toISOString(),
        service: 'Legalisir',
      });
      const actions = (await listAudit(ctx)).filter((e) => e.targetId === String(service.id));
      expect(actions.map((e) => e.action).reverse()).toEqual(['service.create', 'service.pause', 'service.resume', 'service.delete']);

      // The counter's poster went with the service: its scan says so instead of taking a NIK.
      expect(view.revokedAt).toBeInstanceOf(Date);
      expect((await resolvePosterToken(ctx.db, rotated.token!)).state).toBe('revoked');
      const [latest] = await listAudit(ctx, { action: 'poster.revoke' });
      expect([latest?.targetId, latest?.after]).toEqual([String(poster.id), { reason: 'service.delete' }]);
    });

    it('rotation retires the old token, revocation ends the poster', async () => {
      const ctx = await admin();
      const poster = await createPoster(ctx, { label: 'Pintu Utama' });
      expect(poster.token).toMatch(/^[A-Za-z0-9_-]{24}$/); // 18 random bytes: 144 bits
      const rotated = await rotatePoster(ctx, poster.id);
      expect(rotated.token).not.toBe(poster.token);
      expect(rotated.shortCode).not.toBe(poster.shortCode);
      expect((await resolvePosterToken(ctx.db, poster.token!)).state).toBe('retired');
      expect((await resolvePosterToken(ctx.db, rotated.token!)).state).toBe('valid');
      await revokePoster(ctx, poster.id);
      expect((await resolvePosterToken(ctx.db, rotated.token!)).state).toBe('revoked');
      expect((await refusal(() => rotatePoster(ctx, poster.id))).status).toBe(409);
      expect((await refusal(() => posterDownload(ctx, [poster.id], 'poster.pdf', null))).status).toBe(409);
    });

    it('renders PDF and SVG of one page per poster, with names escaped', async () => {
      const ctx = await admin('32.16.08.2001');
      await createPoster(ctx, { label: 'Pintu "Utama" & Loket \'1\'' });
      await createPoster(ctx, { label: 'Loket 2' });
      const gone = await createPoster(ctx, { label: 'Loket lama' });
      await revokePoster(ctx, gone.id);

      const all = await posterDownload(ctx, 'all', 'poster.pdf', 'A5');
      expect(all.headers.get('content-type')).toBe('application/pdf');
      const pdf = await PDFDocument.load(new Uint8Array(await all.arrayBuffer()));
      expect(pdf.getPageCount()).toBe(2);
      const [w, h] = [pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()];
      expect([Math.round(w), Math.round(h)]).toEqual([420, 595]); // A5 in points

      const first = (await listPosters(ctx)).find((p) => p.label.startsWith('Pintu'))!;
      const svg = await (await posterDownload(ctx, [first.id], 'poster.svg', null)).text();
      expect(svg).toContain('Pintu &#34;Utama&#34; &#38; Loket &#39;1&#39;');
      expect(svg).not.toContain('"Utama"');
      expect((await refusal(() => posterDownload(ctx, [first.id], 'poster.pdf', 'A3'))).message).toBe(
        'Ukuran kertas harus A4 atau A5.',
      );

      // Markup that reached the database some other way still prints as text, never as markup.
      const hostile = { ...(await posterContent({ db: ctx.db, unit: ctx.unit }, first)), label: '<script>alert(1)</script>' };
      const drawn = await posterSvg(hostile, 'A4');
      expect(drawn).not.toContain('<script');
      expect(drawn).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
      expect((await PDFDocument.load(await postersPdf([hostile], 'A4'))).getPageCount()).toBe(1);
    });
  },
  async ({ db }) => seedAreas(db),
);
