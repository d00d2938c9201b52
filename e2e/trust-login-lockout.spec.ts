import { expect, request as http, test } from '@playwright/test';
import { DEMO_PASSWORD } from '@/demo/accounts';

const port = process.env.E2E_PORT ?? 3100;

/**
 * Two clients that the server tells apart by address, however it reads it: by the socket (IPv4
 * against IPv6 loopback) and, where X-Forwarded-For is believed, by that too.
 */
const ATTACKER = { baseURL: `http://127.0.0.1:${port}`, extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.66' } };
const OWNER = { baseURL: `http://[::1]:${port}`, extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.66' } };

/** One login through next-auth's own endpoint, as the login form sends it; the error code or null. */
async function logInFrom(client: typeof ATTACKER, email: string, password: string): Promise<string | null> {
  const api = await http.newContext(client);
  try {
    const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
    const res = await api.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, json: 'true' } });
    const { url } = (await res.json()) as { url: string };
    return new URL(url).searchParams.get('error');
  } finally {
    await api.dispose();
  }
}

/** Finding 5 of issue 14: five wrong passwords from anywhere locked the account for its owner everywhere. */
test('an attacker guessing a password is slowed, and the owner still logs in from elsewhere', async () => {
  const email = 'pemantau@bekasikota.go.id';
  for (let i = 1; i < 5; i++) expect(await logInFrom(ATTACKER, email, `tebakan-${i}`)).toBe('wrong_credentials');
  const locked = await logInFrom(ATTACKER, email, 'tebakan-5');
  expect(locked).toMatch(/^locked:\d+$/);
  // Told when to try again: within the quarter hour.
  const until = Number(locked!.split(':')[1]);
  expect(until).toBeGreaterThan(Date.now());
  expect(until).toBeLessThanOrEqual(Date.now() + 15 * 60_000 + 5_000);
  // From the attacker's address even the right password waits …
  expect(await logInFrom(ATTACKER, email, DEMO_PASSWORD)).toMatch(/^locked:/);
  // … and the owner, elsewhere, is let in at once.
  expect(await logInFrom(OWNER, email, DEMO_PASSWORD)).toBeNull();
});
