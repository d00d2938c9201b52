import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '@/lib/checkins/registry-import';
import { demoNik, demoVisitors, registryCsv } from '@/demo/registry';
import { createPoster } from '@/lib/posters/posters';
import { createService } from '@/lib/services/services';
import { adoptTemplate } from '@/lib/templates/adopt';
import { createTemplate, updateTemplate } from '@/lib/templates/templates';
import { serveDoor } from '../support/door-server';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';

const KAB = '32.16';
const TA = '32.16.08.1008';
const ALL_DAY = Array.from({ length: 7 }, () => ({ open: '00:00', close: '23:59' }));
const akta = {
  name: 'Akta Kelahiran',
  category: 'kependudukan',
  openingHours: ALL_DAY,
  requirements:
    'Surat keterangan lahir dari bidan\nKK dan KTP-el orang tua\n\nLahir < 60 hari: tanpa denda',
  completionTime: '1 hari kerja',
  fee: 'Tidak dipungut biaya',
};

describeEachDatabase(
  'the service standard at the door',
  (get) => {
    let server: Awaited<ReturnType<typeof serveDoor>>;
    beforeAll(async () => {
      server = await serveDoor(get());
    });
    afterAll(() => server.close());

    /** Checks a visitor in at the poster and returns the result page. */
    async function checkIn(token: string, nik: string): Promise<string> {
      const scanned = await fetch(`${server.origin}/c/${token}/masuk`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: server.origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ identitas: nik }),
      });
      expect(scanned.status).toBe(303);
      return (await fetch(`${server.origin}${scanned.headers.get('location')}`)).text();
    }

    it('shows the admitted visitor persyaratan, waktu and biaya, as they are now in the template', async () => {
      const { db } = get();
      const kab = await ctxFor(db, await actorWith(db, 'admin', KAB), KAB);
      const ta = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const template = await createTemplate(kab, akta);
      const service = await adoptTemplate(ta, { templateId: template.id });
      const { token } = await createPoster(ta, { label: 'Loket akta', serviceId: service.id });

      const page = await checkIn(token!, demoNik('hijau'));
      expect(page).toContain('data-outcome="hijau"');
      expect(page).toContain('<h2 id="std">Standar pelayanan</h2>');
      expect(page).toContain(
        '<ul><li>Surat keterangan lahir dari bidan</li><li>KK dan KTP-el orang tua</li><li>Lahir &lt; 60 hari: tanpa denda</li></ul>',
      );
      expect(page).toContain('<b>Waktu penyelesaian:</b> 1 hari kerja');
      expect(page).toContain('<b>Biaya/tarif:</b> Tidak dipungut biaya');

      await updateTemplate(kab, template.id, {
        ...akta,
        fee: 'Gratis',
        completionTime: 'Selesai di tempat',
      });
      const later = await checkIn(token!, demoNik('kuning'));
      expect(later).toContain('<b>Biaya/tarif:</b> Gratis');
      expect(later).toContain('<b>Waktu penyelesaian:</b> Selesai di tempat');

      // Not for a visitor turned away, and not where the service states no standard.
      const refused = await checkIn(token!, demoNik('merah'));
      expect(refused).toContain('data-outcome="merah"');
      expect(refused).not.toContain('Standar pelayanan');
      const plain = await createService(ta, {
        name: 'Layanan umum',
        category: 'umum',
        openingHours: ALL_DAY,
      });
      const door = await createPoster(ta, { label: 'Loket umum', serviceId: plain.id });
      expect(await checkIn(door.token!, demoNik('hijau'))).not.toContain('Standar pelayanan');
    });
  },
  async (database) => {
    await seedAreas(database.db);
    const { db } = database;
    const health = await ctxFor(db, await actorWith(db, 'health', '32'), '32');
    await importRegistry(health, registryCsv(demoVisitors));
  },
);
