import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '@/lib/demo/accounts';
import { origin } from './support/api';

/** Finding 2 of issue 14: `/login?callbackUrl=/%5Cevil.example/x` and a correct login landed on evil.example. */
test.describe('open redirect after login', () => {
  test('a callback that points off the site lands on the app instead', async ({ page }) => {
    // Should the app send the browser there, it lands on this page rather than a DNS error.
    await page.route((url) => url.hostname === 'evil.example', (route) => route.fulfill({ body: '<h1>evil</h1>', contentType: 'text/html' }));
    for (const callbackUrl of ['/%5Cevil.example/x', '//evil.example/x', 'https://evil.example/x', '/%09/evil.example']) {
      await page.goto(`/login?callbackUrl=${callbackUrl}`);
      await page.getByLabel('Email').fill('pemantau@bekasikab.go.id');
      await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await expect(page.getByRole('button', { name: 'Keluar' }), callbackUrl).toBeVisible();
      expect(new URL(page.url()).origin, callbackUrl).toBe(origin);
      await page.context().clearCookies();
    }
  });

  test('a same-site callback still brings the user back to where they were', async ({ page }) => {
    await page.goto(`/login?callbackUrl=${encodeURIComponent('/?from=login')}`);
    await page.getByLabel('Email').fill('humas@bekasikab.go.id');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
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
