import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { childUnit, jsonHeaders, unitIdOf } from './support/api';
import { logIn } from './support/session';

const ADMIN = 'admin.telagaasih@bekasikab.go.id';
const TA = '32.16.08.1008'; // Kelurahan Telaga Asih

/** The entry policy screen's form on /u/<unit>/posters. */
class PolicyForm {
  constructor(readonly page: Page) {}

  async add(name: string, admits: string[]) {
    const form = this.page.getByTestId('entry-policy').locator('form');
    await form.getByLabel('Nama atau dasar kebijakan').fill(name);
    for (const s of ['Hijau', 'Kuning', 'Merah', 'Tidak tercatat']) {
      await form.getByRole('checkbox', { name: s, exact: true }).setChecked(admits.includes(s));
    }
    await form.getByRole('button', { name: 'Simpan kebijakan' }).click();
  }
}

test('an admin adds a dated entry policy, a looser one below is refused in Indonesian, and the poster and the dashboard name it', async ({ page }) => {
  await logIn(page, ADMIN);
  const ta = await unitIdOf(page.request, TA);
  const n = Date.now() % 100_000;
  const office = await childUnit(page.request, ta, 'agency', `Kantor Uji Kebijakan ${n}`);
  const shop = await childUnit(page.request, office, 'venue', `Minimarket Uji ${n}`);
  const name = `SE 440/1395/SET.COVID-19 — hanya vaksin lengkap ${n}`;
  const today = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(new Date());

  // Nothing set on the way up yet: the default (hijau and kuning) is in force.
  await page.goto(`/u/${office}/posters`);
  const policy = page.getByTestId('entry-policy');
  await expect(policy).toContainText('Berlaku sekarang: Boleh masuk: Hijau, Kuning.');
  await expect(policy).toContainText('berlaku aturan bawaan');
  await expect(page.getByLabel('Mulai berlaku')).toHaveValue(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()));

  await new PolicyForm(page).add(name, ['Hijau']);
  await expect(policy.getByRole('status')).toHaveText('Kebijakan tersimpan.');
  await expect(policy).toContainText('Berlaku sekarang: Boleh masuk: Hijau.');
  await expect(policy.getByRole('list', { name: 'Ditetapkan oleh:' })).toContainText(`${name} (unit ini, berlaku sejak ${today})`);
  await expect(policy.getByRole('table', { name: 'Kebijakan unit ini' }).getByRole('row').filter({ hasText: name })).toContainText(`${today}HijauBerlaku`);

  // The shop below inherits it, and may not admit kuning again.
  await page.goto(`/u/${shop}/posters`);
  await expect(policy.getByRole('list', { name: 'Ditetapkan oleh:' })).toContainText(`${name} (Kantor Uji Kebijakan ${n}, berlaku sejak ${today})`);
  await new PolicyForm(page).add('Boleh dosis pertama', ['Hijau', 'Kuning']);
  const refusal = policy.getByRole('group', { name: 'Yang boleh masuk' }).getByRole('alert');
  await expect(refusal).toHaveText('Kebijakan unit induk tidak menerima kuning: unit ini hanya boleh lebih ketat.');
  await expect(policy).toContainText('Unit ini belum punya kebijakan sendiri');

  // The office's entrance poster prints who enters and the policy's name.
  await page.goto(`/u/${office}/posters`);
  await page.getByLabel('Label', { exact: true }).fill('Pintu Utama');
  await page.getByRole('button', { name: 'Buat poster' }).click();
  await page.getByRole('row').filter({ hasText: 'Pintu Utama' }).getByRole('link', { name: 'Cetak A4' }).click();
  const sheet = page.locator('article');
  await expect(sheet.getByTestId('poster-admits')).toHaveText('Boleh masuk: Hijau (vaksin lengkap).');
  await expect(sheet.getByTestId('poster-policy')).toHaveText(`Dasar: ${name} (berlaku sejak ${today})`);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh SVG' }).click()]);
  const svg = await readFile((await file.path())!, 'utf8');
  expect(svg).toContain('Boleh masuk: Hijau (vaksin lengkap).');
  expect(svg).toContain('SE 440/1395/SET.COVID-19');

  // At the desk, a kuning certificate is now turned away for its status, and hijau enters.
  for (const [status, admitted] of [['kuning', false], ['hijau', true]] as const) {
    const res = await page.request.post(`/api/units/${office}/desk/checkins`, { headers: jsonHeaders, data: { serviceId: null, status } });
    expect(res.status()).toBe(201);
    expect((await res.json()).checkin).toMatchObject({ status, admitted });
  }

  // The dashboard marks the change on this week's chart, lists it in words, and says why people were refused.
  await page.goto(`/u/${office}?range=7d`);
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
