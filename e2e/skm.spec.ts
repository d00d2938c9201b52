import type { Browser } from '@playwright/test';
import { demoNik } from '@/demo/registry';
import { expect, signedInAs, test } from './fixtures';
import { DoorPage } from './pages/door';
import { SurveyPage } from './pages/survey';
import { jsonHeaders } from './support/api';

test.use(signedInAs('villageAdmin'));

/** A visitor's phone without JavaScript: the survey must work as plain forms. */
async function phone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, javaScriptEnabled: false });
  return context.newPage();
}

test('visitors check out, answer the survey, and the unit’s IKM on the dashboard changes', async ({ page, browser, ownUnit }) => {
  const made = await page.request.post(`/api/units/${ownUnit}/posters`, { headers: jsonHeaders, data: { label: 'Pintu survei', serviceId: null } });
  expect(made.status()).toBe(201);
  const { token } = (await made.json()).poster as { token: string };
  await page.goto(`/u/${ownUnit}`);
  const skm = page.getByTestId('skm');
  await expect(skm).toContainText('Belum ada jawaban survei pada rentang ini.');

  const visit = async (status: 'hijau' | 'kuning', scores: number[], suggestion: string) => {
    const visitor = await phone(browser);
    const door = new DoorPage(visitor);
    await door.checkIn(token, demoNik(status));
    await visitor.getByRole('button', { name: 'Check-out / Keluar' }).click();
    await expect(door.outcome).toHaveAttribute('data-outcome', 'out');
    const survey = new SurveyPage(visitor);
    await survey.open();
    await survey.answer(scores, suggestion);
    await expect(visitor.getByRole('heading', { name: 'Terima kasih' })).toBeVisible();
    await visitor.context().close();
  };

  // All 4: IKM 100.00, A.
  await visit('hijau', Array(9).fill(4), 'Pelayanan cepat.');
  await page.reload();
  await expect(page.getByTestId('skm-ikm')).toHaveText('100,00');
  await expect(page.getByTestId('skm-responses')).toHaveText('1');
  await expect(skm).toContainText('Sangat Baik');

  // Then all 1 but U7 at 2: (36 + 10) / 2 / 9 × 25 = 63.89, D; U1 the first of the lowest.
  await visit('kuning', [1, 1, 1, 1, 1, 1, 2, 1, 1], 'Antrean terlalu lama.');
  await page.reload();
  await expect(page.getByTestId('skm-ikm')).toHaveText('63,89');
  await expect(page.getByTestId('skm-responses')).toHaveText('2');
  await expect(skm).toContainText('Tidak Baik');
  await expect(skm).toContainText('Unsur yang perlu diperbaiki: U1 Persyaratan');
  await skm.getByText(/Saran dan masukan/).click();
  await expect(page.getByTestId('skm-suggestions')).toContainText('Antrean terlalu lama.');
});
