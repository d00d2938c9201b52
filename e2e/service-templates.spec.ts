import { demoNik } from '@/demo/registry';
import { expect, test } from './fixtures';
import { DoorPage } from './pages/door';
import { AdoptedServices, TemplatesSection } from './pages/service-templates';
import { jsonHeaders, unitIdOf } from './support/api';
import { units } from './support/units';

const tag = () => `${Date.now() % 100_000}`;

test('a template change reaches an adopting kelurahan, but not the field it made its own', async ({
  pageAs,
  apiAs,
  ownAccount,
  page,
  login,
}) => {
  const name = `KTP-el ${tag()}`;
  const city = await apiAs('cityAdmin');
  const [kota, kelurahan] = [
    await unitIdOf(city, units.city),
    await unitIdOf(city, units.cityVillage),
  ];

  // Kota Bekasi's admin defines the template for the kelurahan below.
  const templates = new TemplatesSection(await pageAs('cityAdmin'));
  await templates.goto(kota);
  await templates.create({
    name,
    capacity: '40',
    requirements: 'Fotokopi KK',
    completionTime: '1 hari kerja',
    fee: 'Rp 0',
  });

  // The kelurahan's own admin adopts it in one click and serves fewer a day than the city asks.
  const lurah = await ownAccount('admin', units.cityVillage);
  await login.signIn(lurah.email, lurah.password);
  const services = new AdoptedServices(page);
  await services.goto(kelurahan);
  await services.adopt(name);
  await expect(services.field(name, 'dailyCapacity')).toHaveAttribute('data-origin', 'template');
  await services.edit(name, { capacity: '25' });
  await expect(services.field(name, 'dailyCapacity')).toHaveAttribute('data-origin', 'own');
  await expect(services.field(name, 'dailyCapacity')).toContainText('25');
  await expect(services.row(name)).toContainText('Diubah di unit ini: kuota harian.');

  // The city changes the quota and the fee: the fee reaches the kelurahan, the quota does not.
  await templates.edit(name, { capacity: '60', fee: 'Tidak dipungut biaya' });
  await expect(templates.card(name)).toContainText('Dipakai oleh 1 unit');
  await expect(
    templates.card(name).getByRole('row').filter({ hasText: 'Kelurahan' }),
  ).toContainText('Kuota harian: 25');
  await page.reload();
  await expect(services.field(name, 'fee')).toContainText('Tidak dipungut biaya');
  await expect(services.field(name, 'fee')).toHaveAttribute('data-origin', 'template');
  await expect(services.field(name, 'dailyCapacity')).toContainText('25');

  // Returned to the template, the quota is the city's again.
  await services.returnToTemplate(name, 'kuota harian');
  await expect(services.field(name, 'dailyCapacity')).toHaveAttribute('data-origin', 'template');
  await expect(services.field(name, 'dailyCapacity')).toContainText('60');
  await expect(services.row(name)).toContainText('Semua kolom mengikuti templat.');
});

test('the door shows the admitted visitor persyaratan, waktu and biaya', async ({
  apiAs,
  browser,
}) => {
  const city = await apiAs('cityAdmin');
  const [kota, kelurahan] = [
    await unitIdOf(city, units.city),
    await unitIdOf(city, units.cityVillage),
  ];
  const allDay = Array.from({ length: 7 }, () => ({ open: '00:00', close: '23:59' }));
  const made = await city.post(`/api/units/${kota}/service-templates`, {
    headers: jsonHeaders,
    data: {
      name: `Akta Kelahiran ${tag()}`,
      category: 'kependudukan',
      openingHours: allDay,
      requirements: 'Surat keterangan lahir\nKK dan KTP-el orang tua',
      completionTime: '1 hari kerja',
      fee: 'Tidak dipungut biaya',
    },
  });
  expect(made.status()).toBe(201);
  const adopted = await city.post(`/api/units/${kelurahan}/services/adopt`, {
    headers: jsonHeaders,
    data: { templateId: (await made.json()).template.id },
  });
  expect(adopted.status()).toBe(201);
  const poster = await city.post(`/api/units/${kelurahan}/posters`, {
    headers: jsonHeaders,
    data: { label: `Loket akta ${tag()}`, serviceId: (await adopted.json()).service.id },
  });
  expect(poster.status()).toBe(201);

  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    javaScriptEnabled: false,
  });
  const visitor = new DoorPage(await context.newPage());
  await visitor.checkIn((await poster.json()).poster.token, demoNik('hijau', '3275'));
  await expect(visitor.outcome).toHaveAttribute('data-outcome', 'hijau');
  const standard = visitor.page.getByRole('region', { name: 'Standar pelayanan' });
  await expect(standard.getByRole('listitem')).toHaveText([
    'Surat keterangan lahir',
    'KK dan KTP-el orang tua',
  ]);
  await expect(standard).toContainText('Waktu penyelesaian: 1 hari kerja');
  await expect(standard).toContainText('Biaya/tarif: Tidak dipungut biaya');
  await context.close();
});
