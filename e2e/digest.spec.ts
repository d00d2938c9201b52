import { readFileSync } from 'node:fs';
import { openDb } from '@/lib/db/client';
import { sendDigests } from '@/lib/digest/send';
import { configuredMailer } from '@/lib/mail/mailer';
import { localDate, startOfLocalDay } from '@/lib/time/local';
import { mailsTo, smtpSink } from '../tests/support/smtp-sink';
import { expect, test } from './fixtures';
import { LoginPage } from './pages/login';
import { childUnit, jsonHeaders } from './support/api';

const allDay = Array(7).fill({ open: '00:00', close: '23:59' });

test('the morning digest brings an official the units below that need attention, and its link opens their dashboard', async ({
  apiAs,
  ownUnit,
  ownAccount,
  page,
  baseURL,
}) => {
  const { url } = JSON.parse(readFileSync('e2e/.output/database.json', 'utf8')) as {
    url: string | null;
  };
  test.skip(
    !url,
    'the embedded database belongs to the app’s process; tests/integration/digest-mail.test.ts runs the job on it',
  );
  // Below the test's own office: one unit nobody can check in at, one in order.
  const admin = await apiAs('villageAdmin');
  const n = Date.now() % 100_000;
  const lagging = await childUnit(admin, ownUnit, 'agency', `Kantor Lupa ${n}`);
  await childUnit(admin, ownUnit, 'agency', `Kantor Rapi ${n}`).then(async (fine) =>
    expect(
      (
        await admin.post(`/api/units/${fine}/posters`, {
          headers: jsonHeaders,
          data: { label: 'Pintu' },
        })
      ).status(),
    ).toBe(201),
  );
  const service = await admin.post(`/api/units/${lagging}/services`, {
    headers: jsonHeaders,
    data: { name: 'Surat keterangan', category: 'umum', openingHours: allDay },
  });
  expect(service.status()).toBe(201);
  const official = await ownAccount('official', ownUnit);

  // The daily job's run at 07.30 WIB today, through a real SMTP server, with the app's links.
  const sink = await smtpSink();
  const handle = await openDb({ url: url! });
  const savedUrl = process.env.NEXTAUTH_URL;
  process.env.NEXTAUTH_URL = baseURL; // the links in the mail point at this app
  const mailer = configuredMailer({ ...process.env, SMTP_URL: sink.url });
  try {
    const today = localDate(new Date(), 'Asia/Jakarta');
    const now = new Date(startOfLocalDay(today, 'Asia/Jakarta').getTime() + 7.5 * 3_600_000);
    await sendDigests(handle.db, mailer, { now });
    // A second run the same morning sends the official nothing more.
    await sendDigests(handle.db, mailer, { now: new Date(now.getTime() + 3_600_000) });
  } finally {
    if (savedUrl === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = savedUrl;
    mailer?.close();
    await handle.close();
    await sink.close();
  }

  const mails = mailsTo(sink, official.email);
  expect(mails).toHaveLength(1);
  const mail = mails[0]!;
  expect(mail.subject).toMatch(/^Pindai: 1 unit perlu perhatian \(/);
  const dashboard = `${baseURL}/u/${lagging}`;
  // Its service was added today: not silent yesterday, only without a poster.
  const line = mail.text!.split('\n').find((l) => l.includes(`Kantor Lupa ${n}`));
  expect(line).toContain(`Kantor Lupa ${n}: Tanpa poster.`);
  expect(line).not.toContain('Sepi');
  expect(line).toContain(`(${dashboard})`);
  expect(mail.text).not.toContain(`Kantor Rapi ${n}`);
  expect(mail.html).toContain(`href="${dashboard}"`);

  // The official follows the mail's link to the unit's own dashboard.
  await new LoginPage(page).signIn(official.email, official.password);
  await page.goto(dashboard);
  await expect(page.getByRole('heading', { level: 1, name: `Kantor Lupa ${n}` })).toBeVisible();
});
