import { type APIRequestContext, request as http } from '@playwright/test';
import { expect, test } from './fixtures';
import { LoginPage } from './pages/login';
import { AppShell } from './pages/shell';
import { jsonHeaders, origin, unitIdOf } from './support/api';
import { units } from './support/units';

/** The Cookie header a Playwright session would send, for a client that reads a stream as it comes. */
async function cookieHeader(api: APIRequestContext): Promise<string> {
  return (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/**
 * Finding 7 of issue 14: sign-out and a removed role did not end what the session could reach.
 * Both tests end every session of an account: each signs in as an account of its own.
 */
test.describe('sessions that outlive sign-out', () => {
  test('after sign-out the old cookie no longer downloads an export', async ({ browser, ownAccount }) => {
    const humas = await ownAccount('comms', units.regency);
    const context = await browser.newContext();
    const page = await context.newPage();
    await new LoginPage(page).signIn(humas.email, humas.password);
    const unit = await unitIdOf(context.request, units.regency);
    const exportUrl = `/api/units/${unit}/stats/export.csv?range=7d`;
    expect((await context.request.get(exportUrl)).status()).toBe(200);
    const stolen = await context.storageState();

    await new AppShell(page).signOut();
    await expect(page).toHaveURL(/\/login/);

    // Whoever kept the cookie (a shared computer, a copied header) gets nothing with it.
    const replay = await http.newContext({ baseURL: origin, storageState: stolen });
    const res = await replay.get(exportUrl);
    expect(res.status()).toBe(401);
    expect(res.headers()['content-type']).toContain('application/json');
    await replay.dispose();
    await context.close();
  });

  test("a live stream closes within 6 s after the user's role is removed", async ({ apiAs, browser, ownAccount }) => {
    const su = await apiAs('superadmin');
    const camat = await ownAccount('official', units.district);
    const context = await browser.newContext();
    await new LoginPage(await context.newPage()).signIn(camat.email, camat.password);
    const viewer = context.request;
    // A role of the camat's on a unit of another city, granted for this test and then taken away.
    const unit = await unitIdOf(su, units.cityDistrict);
    const added = await su.post(`/api/units/${unit}/members`, {
      headers: jsonHeaders,
      data: { email: camat.email, name: camat.name, role: 'official' },
    });
    expect(added.status()).toBe(201);
    const { membership } = (await added.json()) as { membership: { id: number } };

    const abort = new AbortController();
    const safety = setTimeout(() => abort.abort(), 20_000);
    const stream = await fetch(`${origin}/api/units/${unit}/live`, {
      headers: { cookie: await cookieHeader(viewer), accept: 'text/event-stream' },
      signal: abort.signal,
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    while (!received.includes('event: snapshot')) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended before its first snapshot');
      received += decoder.decode(value);
    }

    const removed = await su.delete(`/api/units/${unit}/members/${membership.id}`, { headers: { origin } });
    expect(removed.status()).toBe(204);
    const since = Date.now();
    let closed = false;
    try {
      for (;;) {
        const { done } = await reader.read();
        if (done) {
          closed = true;
          break;
        }
      }
    } catch {
      // aborted by the safety timer: the stream outlived the role
    }
    clearTimeout(safety);
    expect(closed, 'the stream ended by itself').toBe(true);
    expect(Date.now() - since).toBeLessThan(6_000);
    // And it cannot be opened again: removing the role ended the session too.
    expect((await viewer.get(`/api/units/${unit}/live`)).status()).toBe(401);
    await context.close();
  });
});
