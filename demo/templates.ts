import { eq, inArray, sql } from 'drizzle-orm';
import { loadActor } from '@/lib/auth/actor';
import { userCtx } from '@/lib/context';
import { type Db, queryRows } from '@/lib/db/client';
import { serviceTemplates, type Unit, units, users } from '@/lib/db/schema';
import { createPoster } from '@/lib/posters/posters';
import { officeHours } from '@/lib/services/input';
import { updateService } from '@/lib/services/services';
import { adoptTemplate } from '@/lib/templates/adopt';
import { createTemplate } from '@/lib/templates/templates';
import { getUnitByCode } from '@/lib/tenancy/units';
import { demoRegions } from './places';

/**
 * The civil-registry services both Bekasis ask every kelurahan office to offer the same way,
 * with the service standard their Disdukcapil publishes (PermenPANRB 15/2014).
 */
const registryServices = [
  {
    name: 'KTP-el',
    dailyCapacity: 40,
    requirements:
      'Fotokopi Kartu Keluarga\nSurat pengantar RT/RW\nBerusia 17 tahun, sudah atau pernah kawin',
    completionTime: '1 hari kerja',
  },
  {
    name: 'Kartu Keluarga',
    dailyCapacity: 30,
    requirements:
      'Surat pengantar RT/RW\nBuku nikah atau akta perkawinan\nKartu Keluarga lama (untuk perubahan data)',
    completionTime: '1 hari kerja',
  },
  {
    name: 'Akta Kelahiran',
    dailyCapacity: 20,
    requirements:
      'Surat keterangan lahir dari rumah sakit, puskesmas atau bidan\nKartu Keluarga dan KTP-el orang tua\nBuku nikah atau akta perkawinan orang tua',
    completionTime: '1 hari kerja',
  },
].map((s) => ({
  ...s,
  category: 'kependudukan',
  openingHours: officeHours,
  fee: 'Tidak dipungut biaya (UU 24/2013)',
}));

/** Kelurahan Margahayu serves fewer KTP-el a day than the city asks: its one override. */
const MARGAHAYU = '32.75.01.1002';

/**
 * Each region's templates, adopted by its kelurahan offices that took part (those with services;
 * Telaga Asih is left to adopt them itself), through the app's own functions. Once: a region
 * that has templates is left as it is.
 */
export async function seedDemoTemplates(db: Db) {
  const [root] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.isSuperadmin, true))
    .limit(1);
  const actor = root && (await loadActor(db, root.id));
  if (!actor) throw new Error('No superadmin yet: seed the accounts first.');
  const as = (unit: Unit) => userCtx(db, actor, 'services.manage', unit);
  for (const region of demoRegions) {
    const owner = await getUnitByCode(db, region);
    const [existing] = await db
      .select()
      .from(serviceTemplates)
      .where(eq(serviceTemplates.unitId, owner.id))
      .limit(1);
    if (existing) continue;
    const templates = [];
    for (const s of registryServices) templates.push(await createTemplate(as(owner), s));
    const offices = await queryRows<{ id: number }>(
      db,
      sql`SELECT u.id FROM units u WHERE u.kind = 'urban_village' AND u.code LIKE ${`${region}.%`}
            AND EXISTS (SELECT 1 FROM services s WHERE s.unit_id = u.id) ORDER BY u.code`,
    );
    const offered = offices.length
      ? await db
          .select()
          .from(units)
          .where(
            inArray(
              units.id,
              offices.map((o) => o.id),
            ),
          )
      : [];
    for (const office of offered) {
      for (const template of templates) {
        const service = await adoptTemplate(as(office), { templateId: template.id });
        if (office.code !== MARGAHAYU || template.name !== 'KTP-el') continue;
        await updateService(as(office), service.id, { ...service, dailyCapacity: 25 });
        await createPoster(as(office), { label: 'Loket KTP-el', serviceId: service.id });
      }
    }
  }
}
