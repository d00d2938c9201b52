import { expect, signedInAs, test } from './fixtures';
import { childUnit, jsonHeaders, unitIdOf } from './support/api';
import { units } from './support/units';

test.use(signedInAs('villageAdmin'));

test('the desk reconnects after its live stream drops and catches up on what it missed', async ({ page }) => {
  // A venue of the test's own, so its log holds only what this test records.
  const venue = await childUnit(page.request, await unitIdOf(page.request, units.village), 'venue', `Loket Uji Sambung ${Date.now() % 100_000}`);

  // The stream delivers one snapshot and ends; the browser's own retry meets a server that is
  // restarting (503), which closes an EventSource for good; the next attempt, if the desk makes
  // one, waits until the test lets it through to the real stream.
  let attempts = 0;
  let letThrough!: () => void;
  const back = new Promise<void>((resolve) => (letThrough = resolve));
  await page.route(`**/api/units/${venue}/live`, async (route) => {
    attempts += 1;
    if (attempts === 1) {
      // The desk reads nothing from a snapshot but the news that something changed.
      return route.fulfill({ status: 200, contentType: 'text/event-stream', body: 'retry: 100\n\nevent: snapshot\ndata: {}\n\n' });
    }
    if (attempts === 2) {
      return route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'Layanan sedang tidak tersedia.' } } });
    }
    await back;
    return route.continue();
  });

  await page.goto(`/u/${venue}/desk`);
  await expect.poll(() => attempts, { message: 'the desk opens the stream again after the 503' }).toBe(3);
  await expect(page.getByText('○ Terputus, mencoba lagi…')).toBeVisible();

  // A check-in recorded while the desk is cut off.
  const res = await page.request.post(`/api/units/${venue}/desk/checkins`, { headers: jsonHeaders, data: { serviceId: null, status: 'hijau' } });
  expect(res.status()).toBe(201);
  await expect(page.getByText('Belum ada check-in hari ini.')).toBeVisible();

  letThrough();
  await expect(page.getByText('● Langsung')).toBeVisible();
  const logged = page.getByRole('row').filter({ hasText: 'Pintu masuk' }).filter({ hasText: 'Loket' });
  await expect(logged).toHaveCount(1);
  await expect(logged).toContainText('Hijau');
});
