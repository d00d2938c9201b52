import { expect, signedInAs, test } from './fixtures';
import { childUnit, jsonHeaders, unitIdOf } from './support/api';
import { units } from './support/units';

test.use(signedInAs('villageAdmin'));

test('an admin adds a dated entry policy, a looser one below is refused in Indonesian, and the poster and the dashboard name it', async ({
  page,
  posters,
  posterSheet,
  entryPolicy,
  dashboard,
}) => {
  const ta = await unitIdOf(page.request, units.village);
  const n = Date.now() % 100_000;
  const office = await childUnit(page.request, ta, 'agency', `Kantor Uji Kebijakan ${n}`);
  const shop = await childUnit(page.request, office, 'venue', `Minimarket Uji ${n}`);
  const name = `SE 440/1395/SET.COVID-19 — hanya vaksin lengkap ${n}`;
  const today = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(new Date());

  // Nothing set on the way up yet: the default (hijau and kuning) is in force.
  await posters.goto(office);
  const policy = entryPolicy.section;
  await expect(policy).toContainText('Berlaku sekarang: Boleh masuk: Hijau, Kuning.');
  await expect(policy).toContainText('berlaku aturan bawaan');
  await expect(page.getByLabel('Mulai berlaku')).toHaveValue(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()));

  await entryPolicy.add(name, ['Hijau']);
  await expect(policy.getByRole('status')).toHaveText('Kebijakan tersimpan.');
  await expect(policy).toContainText('Berlaku sekarang: Boleh masuk: Hijau.');
  await expect(policy.getByRole('list', { name: 'Ditetapkan oleh:' })).toContainText(`${name} (unit ini, berlaku sejak ${today})`);
  await expect(policy.getByRole('table', { name: 'Kebijakan unit ini' }).getByRole('row').filter({ hasText: name })).toContainText(`${today}HijauBerlaku`);

  // The shop below inherits it, and may not admit kuning again.
  await posters.goto(shop);
  await expect(policy.getByRole('list', { name: 'Ditetapkan oleh:' })).toContainText(`${name} (Kantor Uji Kebijakan ${n}, berlaku sejak ${today})`);
  await entryPolicy.add('Boleh dosis pertama', ['Hijau', 'Kuning']);
  const refusal = policy.getByRole('group', { name: 'Yang boleh masuk' }).getByRole('alert');
  await expect(refusal).toHaveText('Kebijakan unit induk tidak menerima kuning: unit ini hanya boleh lebih ketat.');
  await expect(policy).toContainText('Unit ini belum punya kebijakan sendiri');

  // The office's entrance poster prints who enters and the policy's name.
  await posters.goto(office);
  await posters.create('Pintu Utama');
  await posters.print('Pintu Utama', 'A4');
  const sheet = posterSheet.sheets;
  await expect(sheet.getByTestId('poster-admits')).toHaveText('Boleh masuk: Hijau (vaksin lengkap).');
  await expect(sheet.getByTestId('poster-policy')).toHaveText(`Dasar: ${name} (berlaku sejak ${today})`);
  const svg = (await posterSheet.download('Unduh SVG')).toString('utf8');
  expect(svg).toContain('Boleh masuk: Hijau (vaksin lengkap).');
  expect(svg).toContain('SE 440/1395/SET.COVID-19');

  // At the desk, a kuning certificate is now turned away for its status, and hijau enters.
  for (const [status, admitted] of [['kuning', false], ['hijau', true]] as const) {
    const res = await page.request.post(`/api/units/${office}/desk/checkins`, { headers: jsonHeaders, data: { serviceId: null, status } });
    expect(res.status()).toBe(201);
    expect((await res.json()).checkin).toMatchObject({ status, admitted });
  }

  // The dashboard marks the change on this week's chart, lists it in words, and says why people were refused.
  await dashboard.goto(office, '?range=7d');
  const daily = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Check-in per hari' }) });
  await expect(daily.locator('.recharts-reference-line')).toHaveCount(1);
  await expect(daily.locator('svg text').filter({ hasText: `${name.slice(0, 23)}…` })).toHaveCount(1);
  const marks = daily.getByRole('list', { name: 'Perubahan kebijakan masuk pada rentang ini' });
  await expect(marks).toContainText(`${today}: ${name} (Kantor Uji Kebijakan ${n}) — boleh masuk: Hijau`);
  const reasons = page.getByTestId('refusal-reasons');
  const count = (reason: string) => reasons.getByRole('row').filter({ has: page.getByRole('rowheader', { name: reason, exact: true }) }).getByRole('cell').first();
  await expect(count('Status')).toHaveText('1');
  await expect(count('Tidak tercatat')).toHaveText('0');
});
