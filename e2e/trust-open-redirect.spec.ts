import { DEMO_PASSWORD } from '@/demo/accounts';
import { expect, test } from './fixtures';
import { origin } from './support/api';

/** Finding 2 of issue 14: `/login?callbackUrl=/%5Cevil.example/x` and a correct login landed on evil.example. */
test.describe('open redirect after login', () => {
  test('a callback that points off the site lands on the app instead', async ({ page, login, shell }) => {
    // Should the app send the browser there, it lands on this page rather than a DNS error.
    await page.route((url) => url.hostname === 'evil.example', (route) => route.fulfill({ body: '<h1>evil</h1>', contentType: 'text/html' }));
    for (const callbackUrl of ['/%5Cevil.example/x', '//evil.example/x', 'https://evil.example/x', '/%09/evil.example']) {
      await login.goto(callbackUrl);
      await login.submitAs('pemantau@bekasikab.go.id', DEMO_PASSWORD);
      await expect(shell.accountMenu, callbackUrl).toBeVisible();
      expect(new URL(page.url()).origin, callbackUrl).toBe(origin);
      await page.context().clearCookies();
    }
  });

  test('a same-site callback still brings the user back to where they were', async ({ page, login, shell }) => {
    await login.goto(encodeURIComponent('/?from=login'));
    await login.submitAs('humas@bekasikab.go.id', DEMO_PASSWORD);
    await expect(shell.accountMenu).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);
  });

  test("next-auth's own redirect keeps to this origin", async ({ request }) => {
    const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
    const res = await request.post('/api/auth/callback/credentials', {
      form: {
        csrfToken,
        email: 'humas@bekasikota.go.id',
        password: DEMO_PASSWORD,
        callbackUrl: 'https://evil.example/x',
        json: 'true',
      },
    });
    expect(res.ok()).toBe(true);
    const { url } = (await res.json()) as { url: string };
    expect(new URL(url).origin).toBe(origin);
  });
});
