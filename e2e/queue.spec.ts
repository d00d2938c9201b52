import { demoNik } from '@/demo/registry';
import { expect, signedInAs, test } from './fixtures';
import { DoorPage } from './pages/door';
import { QueueDeskSection, QueueDisplayScreen, TicketBox } from './pages/queue';
import { jsonHeaders } from './support/api';

test.use(signedInAs('villageAdmin'));

const SERVICE = 'Perekaman KTP-el';

test('a visitor checks in and gets a number; the desk calls it and the display shows it within a second', async ({
  page,
  browser,
  ownUnit,
}) => {
  const post = async <T>(path: string, data: unknown): Promise<T> => {
    const res = await page.request.post(`/api/units/${ownUnit}${path}`, {
      headers: jsonHeaders,
      data,
    });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as T;
  };
  const openingHours = Array(7).fill({ open: '00:00', close: '23:59' });
  const { service } = await post<{ service: { id: number } }>('/services', {
    name: SERVICE,
    category: 'kependudukan',
    openingHours,
    queueLetter: 'A',
  });
  const { poster } = await post<{ poster: { token: string } }>('/posters', {
    label: 'Loket KTP-el',
    serviceId: service.id,
  });
  const { display } = await post<{ display: { url: string } }>('/displays', {
    name: 'TV ruang tunggu',
  });

  // The television in the waiting room: its link, no login.
  const tv = await (await browser.newContext()).newPage();
  await tv.goto(new URL(display.url).pathname);
  const screen = new QueueDisplayScreen(tv);
  await expect(screen.current(SERVICE)).toHaveText('–');
  // An older television's browser without EventSource: it asks every second instead.
  const oldTv = await (await browser.newContext()).newPage();
  await oldTv.addInitScript(() => delete (window as { EventSource?: unknown }).EventSource);
  await oldTv.goto(new URL(display.url).pathname);
  const oldScreen = new QueueDisplayScreen(oldTv);

  // A visitor's cheap phone, without JavaScript: the number on the result page.
  const phone = await (
    await browser.newContext({
      viewport: { width: 360, height: 640 },
      isMobile: true,
      javaScriptEnabled: false,
    })
  ).newPage();
  await new DoorPage(phone).checkIn(poster.token, demoNik('hijau'));
  const ticket = new TicketBox(phone);
  await expect(ticket.number).toHaveText('A-001');
  await expect(ticket.status).toHaveText('Menunggu dipanggil.');
  await expect(ticket.wait).toHaveText('Anda berikutnya');
  await expect(phone.locator('noscript')).toHaveCount(1);
  // The same page on a phone with JavaScript keeps itself current without a reload.
  const smartphone = await (
    await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true })
  ).newPage();
  await smartphone.goto(phone.url());
  const liveTicket = new TicketBox(smartphone);
  await expect(liveTicket.number).toHaveText('A-001');
  await expect(screen.card(SERVICE)).toContainText('Menunggu: 1');

  // The desk calls the next number: the display shows it within a second, with its flash (and chime).
  await page.goto(`/u/${ownUnit}/desk`);
  const desk = new QueueDeskSection(page);
  await expect(desk.service('A', SERVICE)).toContainText('Menunggu: 1');
  const clicked = Date.now();
  await desk.callNext('A', SERVICE);
  await expect(screen.current(SERVICE)).toHaveText('A-001', { timeout: 1000 });
  expect(Date.now() - clicked).toBeLessThan(1000);
  await expect(screen.card(SERVICE)).toHaveClass(/flash/);
  await expect(oldScreen.current(SERVICE)).toHaveText('A-001', { timeout: 2500 });
  await expect(page.getByRole('status').filter({ hasText: 'Memanggil A-001.' })).toBeVisible();

  // The visitor's page says so: at its next poll with JavaScript, at its next refresh without.
  await expect(liveTicket.status).toHaveText('Nomor Anda dipanggil: silakan ke loket.', {
    timeout: 15_000,
  });
  await expect(liveTicket.serving).toHaveText('A-001');
  await phone.reload();
  await expect(ticket.status).toHaveText('Nomor Anda dipanggil: silakan ke loket.');
  await expect(ticket.serving).toHaveText('A-001');

  // Served: off the desk's list, and the page stops refreshing itself.
  await desk.act('A', SERVICE, 'A-001', 'Selesai');
  await expect(desk.service('A', SERVICE)).toContainText('Dilayani: 1');
  await phone.reload();
  await expect(ticket.status).toHaveText('Sudah dilayani. Terima kasih.');
  await expect(phone.locator('noscript')).toHaveCount(0);
  for (const opened of [tv, oldTv, phone, smartphone]) await opened.context().close();
});
