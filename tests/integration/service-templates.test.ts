import { eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { listAudit } from '@/lib/audit/log';
import type { Ctx } from '@/lib/context';
import { type Service, serviceTemplates, services } from '@/lib/db/schema';
import { createPoster } from '@/lib/posters/posters';
import { cachedPosterToken } from '@/lib/posters/resolve';
import { settingsOf } from '@/lib/services/inherited';
import { officeHours } from '@/lib/services/input';
import { createService, deleteService, listServices, updateService } from '@/lib/services/services';
import { adoptTemplate, listOfferedTemplates, returnToTemplate } from '@/lib/templates/adopt';
import {
  createTemplate,
  deleteTemplate,
  listOwnTemplates,
  updateTemplate,
} from '@/lib/templates/templates';
import { tableCounts } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas, unitByCode } from '../support/fixtures';
import { refusal } from '../support/refusal';

const KAB = '32.16'; // Kabupaten Bekasi
const KEC = '32.16.08'; // Kecamatan Cikarang Barat
const TA = '32.16.08.1008'; // Kelurahan Telaga Asih
const TM = '32.16.08.2001'; // Desa Telagamurni, TA's sibling
const KOTA = '32.75'; // Kota Bekasi
const KOTA_KEL = '32.75.01.1001';

const ktp = {
  name: 'KTP-el',
  category: 'kependudukan',
  openingHours: officeHours,
  dailyCapacity: 50,
  admits: ['hijau', 'kuning'],
  requirements: 'Fotokopi Kartu Keluarga\nSurat pengantar RT/RW',
  completionTime: '1 hari kerja',
  fee: 'Tidak dipungut biaya',
};


/** A service as its form sends it back, with some fields changed. */
const edited = (s: Service, change: Partial<Service>) => ({ ...settingsOf(s), ...change });

describeEachDatabase(
  'service templates down the tree',
  (get) => {
    const admin = async (code: string) =>
      ctxFor(get().db, await actorWith(get().db, 'admin', code), code);
    const service = async (ctx: Ctx, id: number) =>
      (await listServices(ctx)).find((s) => s.id === id)!;

    /** Every row a template change may touch: the templates and the services that follow one. */
    async function footprint() {
      const { db } = get();
      const units = await Promise.all(
        [TA, TM, KEC, KOTA_KEL].map(async (c) => (await unitByCode(db, c)).id),
      );
      const adopted = await db.select().from(services).where(inArray(services.unitId, units));
      return {
        counts: await tableCounts(db),
        templates: await db.select().from(serviceTemplates),
        adopted,
      };
    }

    it('reaches every adopter with a template change, except in the fields each overrode', async () => {
      const kab = await admin(KAB);
      const [ta, tm] = [await admin(TA), await admin(TM)];
      const template = await createTemplate(kab, ktp);
      const adopted = await adoptTemplate(ta, { templateId: template.id });
      expect(adopted).toMatchObject({
        ...ktp,
        unitId: ta.unit.id,
        templateId: template.id,
        overridden: [],
      });
      const other = await adoptTemplate(tm, { templateId: template.id });

      // Telaga Asih serves fewer a day and opens on Saturday morning: those two become its own.
      const saturday = officeHours.map((d, i) => (i === 5 ? { open: '08:00', close: '12:00' } : d));
      const own = await updateService(
        ta,
        adopted.id,
        edited(adopted, { dailyCapacity: 30, openingHours: saturday }),
      );
      expect(own.overridden).toEqual(['openingHours', 'dailyCapacity']);
      // The form sends every field; the boxes ticked in another order are the same setting.
      await updateService(ta, adopted.id, edited(own, { admits: ['kuning', 'hijau'] }));
      expect((await service(ta, adopted.id)).overridden).toEqual(['openingHours', 'dailyCapacity']);

      const changed = {
        ...ktp,
        name: 'Perekaman KTP-el',
        openingHours: officeHours.map((d, i) => (i === 0 ? { open: '07:30', close: '15:00' } : d)),
        dailyCapacity: 80,
        fee: 'Gratis (UU 24/2013 Pasal 79A)',
      };
      await updateTemplate(kab, template.id, changed);
      expect(await service(ta, adopted.id)).toMatchObject({
        ...changed,
        openingHours: saturday,
        dailyCapacity: 30,
        overridden: ['openingHours', 'dailyCapacity'],
      });
      expect(await service(tm, other.id)).toMatchObject({ ...changed, overridden: [] });

      // The owner sees who adopted it and what each made its own.
      const [mine] = await listOwnTemplates(kab);
      expect(mine!.adopters.map((a) => [a.unit.name, a.overrides])).toEqual([
        [
          'Telaga Asih',
          [
            { field: 'openingHours', value: saturday },
            { field: 'dailyCapacity', value: 30 },
          ],
        ],
        ['Telagamurni', []],
      ]);
      const [entry] = await listAudit(kab, { action: 'template.update' });
      expect(entry?.after).toMatchObject({ name: 'Perekaman KTP-el', adopters: 2 });
      // The adopters' logs show the change that reached down to them.
      expect((await listAudit(ta, { action: 'template.update' })).map((e) => e.id)).toEqual([
        entry!.id,
      ]);
    });

    it('returns a field to the template, which it then follows again', async () => {
      const kab = await admin(KAB);
      const ta = await admin(TA);
      const template = await createTemplate(kab, { ...ktp, name: 'Kartu Keluarga' });
      const adopted = await adoptTemplate(ta, { templateId: template.id });
      await updateService(ta, adopted.id, edited(adopted, { dailyCapacity: 5, fee: 'Rp 0' }));

      const back = await returnToTemplate(ta, adopted.id, 'dailyCapacity');
      expect([back.dailyCapacity, back.fee, back.overridden]).toEqual([50, 'Rp 0', ['fee']]);
      await updateTemplate(kab, template.id, {
        ...ktp,
        name: 'Kartu Keluarga',
        dailyCapacity: 70,
        fee: 'Gratis',
      });
      expect(await service(ta, adopted.id)).toMatchObject({ dailyCapacity: 70, fee: 'Rp 0' });
      const [entry] = await listAudit(ta, { action: 'service.inherit' });
      expect(entry?.after).toEqual({ field: 'dailyCapacity', value: 50 });

      // A field it follows already stays as it is; a field no template has, or a service of its own, is refused.
      expect((await returnToTemplate(ta, adopted.id, 'name')).name).toBe('Kartu Keluarga');
      expect((await refusal(() => returnToTemplate(ta, adopted.id, 'pausedAt'))).status).toBe(404);
      const local = await createService(ta, { ...ktp, name: 'Layanan sendiri' });
      expect((await refusal(() => returnToTemplate(ta, local.id, 'name'))).status).toBe(409);
    });

    it('offers a unit the templates of every unit above it, nearest first, and only those', async () => {
      const [kab, kec, kota] = [await admin(KAB), await admin(KEC), await admin(KOTA)];
      const regency = await createTemplate(kab, { ...ktp, name: 'Akta Kelahiran' });
      const district = await createTemplate(kec, { ...ktp, name: 'Surat keterangan domisili' });
      const city = await createTemplate(kota, { ...ktp, name: 'Akta Kelahiran Kota' });
      const offered = await listOfferedTemplates(await admin(TA));
      const ids = offered.map((t) => t.id);
      expect(ids.indexOf(district.id)).toBeLessThan(ids.indexOf(regency.id));
      expect(ids).not.toContain(city.id);
      expect(offered.find((t) => t.id === regency.id)?.owner.name).toBe('Kabupaten Bekasi');
      // A kecamatan adopts its regency's templates; nobody adopts its own or a sibling's.
      expect((await adoptTemplate(kec, { templateId: regency.id })).templateId).toBe(regency.id);
      expect((await listOfferedTemplates(kec)).map((t) => t.id)).not.toContain(district.id);
      expect((await listOfferedTemplates(kab)).map((t) => t.id)).toEqual([]);
    });

    it('refuses bad input with its status and a message, writing nothing', async () => {
      const kab = await admin(KAB);
      const ta = await admin(TA);
      const template = await createTemplate(kab, { ...ktp, name: 'Legalisir' });
      const adopted = await adoptTemplate(ta, { templateId: template.id });
      const before = await footprint();
      const cases: [() => Promise<unknown>, number, string][] = [
        [() => createTemplate(kab, { ...ktp, name: '' }), 422, 'Nama layanan wajib diisi.'],
        [
          () => createTemplate(kab, { ...ktp, requirements: 'x'.repeat(2001) }),
          422,
          'Persyaratan paling panjang 2.000 karakter.',
        ],
        [
          () => createTemplate(kab, { ...ktp, fee: 'Rp\u00000' }),
          422,
          'Biaya/tarif berisi karakter yang tidak valid.',
        ],
        [
          () => createTemplate(kab, { ...ktp, completionTime: 7 }),
          422,
          'Waktu penyelesaian harus berupa teks.',
        ],
        [
          () => updateTemplate(kab, template.id, { ...ktp, dailyCapacity: -1 }),
          422,
          'Kuota harian tidak boleh kurang dari nol.',
        ],
        [
          () => updateTemplate(kab, 2_147_483_647, ktp),
          404,
          'Templat layanan tidak ditemukan di unit ini.',
        ],
        [() => adoptTemplate(ta, { templateId: 'ktp' }), 422, 'Pilih salah satu dari daftar.'],
        [() => adoptTemplate(ta, {}), 422, 'Pilih salah satu dari daftar.'],
        [
          () => adoptTemplate(ta, { templateId: template.id }),
          409,
          'Unit ini sudah memakai templat layanan ini.',
        ],
        [
          () => updateService(ta, adopted.id, edited(adopted, { name: '<b>KTP</b>' })),
          422,
          'Nama layanan tidak boleh berisi tanda < atau >.',
        ],
        [
          () => createTemplate(ta, ktp),
          403,
          'Templat layanan hanya dapat dibuat oleh kabupaten, kota atau kecamatan.',
        ],
      ];
      for (const [run, status, message] of cases) {
        const error = await refusal(run);
        expect({ status: error.status, message: error.message }).toEqual({ status, message });
      }
      expect(await footprint()).toEqual(before);
    });

    it('keeps other tenants out: they neither see, change nor adopt a template', async () => {
      const kab = await admin(KAB);
      const template = await createTemplate(kab, { ...ktp, name: 'Surat pindah' });
      const adopted = await adoptTemplate(await admin(TA), { templateId: template.id });
      const [kota, kotaKel, tm] = [await admin(KOTA), await admin(KOTA_KEL), await admin(TM)];
      // The regency's admin acting at the kecamatan: the template belongs to the regency, not there.
      const kabAtKec = await ctxFor(get().db, kab.actor, KEC);
      const before = await footprint();
      for (const run of [
        () => updateTemplate(kota, template.id, ktp),
        () => deleteTemplate(kota, template.id),
        () => updateTemplate(kabAtKec, template.id, ktp),
        () => adoptTemplate(kotaKel, { templateId: template.id }),
        () => adoptTemplate(kab, { templateId: template.id }),
        () => returnToTemplate(tm, adopted.id, 'name'),
      ]) {
        expect((await refusal(run)).status).toBe(404);
      }
      expect((await listOfferedTemplates(kotaKel)).map((t) => t.id)).not.toContain(template.id);
      expect((await listOwnTemplates(kota)).map((t) => t.id)).not.toContain(template.id);
      expect(await footprint()).toEqual(before);
    });

    it('refuses every change to roles other than admin, before anything is written', async () => {
      const { db } = get();
      const template = await createTemplate(await admin(KAB), { ...ktp, name: 'Izin keramaian' });
      const adopted = await adoptTemplate(await admin(TA), { templateId: template.id });
      const roles = ['official', 'desk', 'comms', 'health'] as const;
      const actors = await Promise.all(
        roles.map(
          async (role) =>
            [
              await ctxFor(db, await actorWith(db, role, KAB), KAB),
              await ctxFor(db, await actorWith(db, role, TA), TA),
            ] as const,
        ),
      );
      const before = await footprint();
      for (const [i, role] of roles.entries()) {
        const [atKab, atTa] = actors[i]!;
        for (const run of [
          () => createTemplate(atKab, ktp),
          () => updateTemplate(atKab, template.id, ktp),
          () => deleteTemplate(atKab, template.id),
          () => adoptTemplate(atTa, { templateId: template.id }),
          () => returnToTemplate(atTa, adopted.id, 'name'),
          () => updateService(atTa, adopted.id, edited(adopted, { name: 'Diubah' })),
        ]) {
          expect({ role, status: (await refusal(run)).status }).toEqual({ role, status: 403 });
        }
      }
      expect(await footprint()).toEqual(before);
    });

    it('shows a template change at the door at once, through the poster cache', async () => {
      const kab = await admin(KAB);
      const ta = await admin(TA);
      const template = await createTemplate(kab, { ...ktp, name: 'Akta kematian' });
      const adopted = await adoptTemplate(ta, { templateId: template.id });
      const poster = await createPoster(ta, { label: 'Loket akta', serviceId: adopted.id });
      const seen = async () => {
        const p = await cachedPosterToken(get().db, poster.token!);
        return p.state === 'valid' ? [p.service?.name, p.service?.fee] : null;
      };
      expect(await seen()).toEqual(['Akta kematian', 'Tidak dipungut biaya']);
      await updateTemplate(kab, template.id, { ...ktp, name: 'Akta kematian', fee: 'Gratis' });
      expect(await seen()).toEqual(['Akta kematian', 'Gratis']);
    });

    it('deletes a template and leaves its adopters their services, now wholly their own', async () => {
      const kab = await admin(KAB);
      const ta = await admin(TA);
      const template = await createTemplate(kab, { ...ktp, name: 'Surat keterangan waris' });
      const adopted = await adoptTemplate(ta, { templateId: template.id });
      await updateService(ta, adopted.id, edited(adopted, { fee: 'Rp 10.000' }));
      // A deleted service frees its unit to adopt again: once per service in use.
      const tm = await admin(TM);
      await deleteService(tm, (await adoptTemplate(tm, { templateId: template.id })).id);
      const again = await adoptTemplate(tm, { templateId: template.id });
      await deleteTemplate(kab, template.id);
      expect(await service(ta, adopted.id)).toMatchObject({
        name: 'Surat keterangan waris',
        fee: 'Rp 10.000',
        templateId: null,
        overridden: [],
      });
      expect(
        await get().db.select().from(serviceTemplates).where(eq(serviceTemplates.id, template.id)),
      ).toEqual([]);
      expect((await service(tm, again.id)).templateId).toBeNull();
      expect((await listOfferedTemplates(ta)).map((t) => t.id)).not.toContain(template.id);
      const [entry] = await listAudit(kab, { action: 'template.delete' });
      expect(entry?.after).toEqual({ detached: 3 });
    });
  },
  async ({ db }) => seedAreas(db),
);
